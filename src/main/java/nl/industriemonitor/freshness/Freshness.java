package nl.industriemonitor.freshness;

import java.time.LocalDate;
import java.time.YearMonth;

import nl.industriemonitor.analysis.ReleaseCalendar;
import nl.industriemonitor.imports.CbsRefresh;

/**
 * How current the stored figures are on one day: the stored publication history's {@code status} (null without
 * any dated publication) and this instance's last attempt to fetch CBS's table ({@code lastAttempt}, null
 * before the first).
 */
public record Freshness(ReleaseCalendar.Status status, CbsRefresh.Report lastAttempt) {

    public boolean known() {
        return status != null;
    }

    /** A publication that should have followed the newest stored one is more than a few days late. */
    public boolean overdue() {
        return status != null && status.overdue();
    }

    public LocalDate newest() {
        return status == null ? null : status.newest().date();
    }

    public YearMonth newestMonth() {
        return status == null ? null : status.newest().newestMonth();
    }

    /** When the publication after the newest stored one was due. */
    public LocalDate since() {
        return status == null ? null : status.following();
    }

    public int missing() {
        return status == null ? 0 : status.missing();
    }

    /** The next publication not yet overdue; null without an estimate. */
    public LocalDate next() {
        return status == null ? null : status.next();
    }

    public ReleaseCalendar.Rule rule() {
        return status == null ? null : status.rule();
    }

    public boolean attemptFailed() {
        return lastAttempt != null && lastAttempt.failed();
    }

    /** The last attempt reached CBS, but its answer was refused. */
    public boolean refused() {
        return lastAttempt != null && lastAttempt.outcome() == CbsRefresh.Outcome.REFUSED;
    }

    /**
     * What a page shows of this state beyond the data themselves, as a key part for the page cache: empty while
     * nothing is overdue (the page then shows only what the data say), else the count and the last attempt.
     */
    public String stamp() {
        if (!overdue()) {
            return "";
        }
        return "overdue " + missing() + (lastAttempt == null ? "" : " " + lastAttempt.at() + " " + lastAttempt.outcome());
    }
}
