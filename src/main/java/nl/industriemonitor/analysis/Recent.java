package nl.industriemonitor.analysis;

import java.time.YearMonth;
import java.util.Optional;

import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;

/**
 * The latest month with a figure that still speaks for a page's month: at most a year before it. With
 * twenty years of history a branch whose figures stop (basic metals in the table of 2025-04-10 ends in
 * November 2009) would otherwise be shown, ranked and judged by a figure of another era.
 */
public final class Recent {

    /** How far back a "latest earlier figure" may lie: the same month a year before. */
    public static final int MONTHS = 12;

    private Recent() {
    }

    public static Optional<YearMonth> latestMonth(DataView view, String branch, Measure measure, YearMonth month) {
        return view.latestMonth(branch, measure, month).filter(m -> !m.isBefore(month.minusMonths(MONTHS)));
    }
}
