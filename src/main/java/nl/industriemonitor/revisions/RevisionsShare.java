package nl.industriemonitor.revisions;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.share.DataTable;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Formats;

/** The revisions of one figure as a shareable view: canonical URL, preview texts, and the vintages as data. */
final class RevisionsShare {

    /** {@code status}: definitief, nader_voorlopig or voorlopig; {@code provisional} is true for the latter two. */
    static final List<String> COLUMNS = List.of("published", "value", "change_points", "provisional", "status",
            "source");

    private RevisionsShare() {
    }

    static ShareView of(RevisionsPage page, boolean monthRequested, LocalDate latestRelease) {
        var locale = page.lang().locale;
        RevisionsMessages msg = RevisionsService.messages(page.lang());
        Map<String, String> params = new LinkedHashMap<>();
        if (!BranchInfo.TOTAL.equals(page.branch().code())) {
            params.put("sector", page.branch().code());
        }
        if (monthRequested) {
            params.put("month", page.month().toString());
        }
        if (page.measure() != Measure.YOY_CA) {
            params.put("measure", page.measure().code);
        }
        String branch = page.branch().name(page.lang().code);
        String month = Formats.label(page.month(), locale);
        String latest = RevisionFormats.shown(page.latest(), locale);
        String subject = msg.subject(page.measureLabel(), branch, month);
        String description = page.revised()
                ? msg.share_description(subject, latest, RevisionFormats.shown(page.first(), locale), page.vintages().size())
                : msg.share_description_once(subject, latest);
        List<List<Object>> rows = new ArrayList<>();
        for (Vintage v : page.vintages()) {
            // the difference as the table prints it: one decimal (our own subtraction of two published numbers)
            rows.add(Arrays.asList(v.figure().release().published(), v.figure().amount(),
                    v.change() == null ? null : v.change().setScale(1, RoundingMode.HALF_UP),
                    v.figure().provisional(), v.figure().status().code(), v.figure().source()));
        }
        List<ReleaseInfo> releases = page.vintages().stream().map(v -> v.figure().release()).distinct()
                .sorted(Snapshot.RELEASE_ORDER).toList();
        // branch and month first: a link preview cuts a long title, and the measure is on the chart's axis too
        return new ShareView(page.lang(), "revisions", params, page.asOf(), latestRelease,
                msg.share_title(branch, month, page.measureLabel()), description, latest, msg.share_headline_label(month),
                page.chart(), new DataTable(COLUMNS, rows), releases);
    }
}
