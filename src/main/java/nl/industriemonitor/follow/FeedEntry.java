package nl.industriemonitor.follow;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.analysis.ReleaseChanges;
import nl.industriemonitor.analysis.lagging.LaggingSwitches;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.web.Lang;

/**
 * One publication in the feed of a branch or group: its new figures (the newest new month per branch, with the
 * headline measures), its largest revisions, the lagging flags it switched, and the page pinned at it.
 *
 * @param added   how many figures of the followed branches were new; {@code revised} how many got another value
 */
public record FeedEntry(Lang lang, LocalDate date, String pinnedUrl, boolean group, List<Latest> latest, int added,
                        List<Revision> largest, int revised, List<LaggingSwitches.Switch> switches) {

    /** A branch's new figures of its newest new month; a measure without a new figure there is null. */
    public record Latest(BranchInfo branch, YearMonth month, Figure yoy, Figure mom, Figure index) {
    }

    /** A revised figure with its branch. */
    public record Revision(BranchInfo branch, ReleaseChanges.Revision revision) {
    }

    public boolean moreRevisions() {
        return revised > largest.size();
    }
}
