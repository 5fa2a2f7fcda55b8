package nl.industriemonitor.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;

/** Changes of one branch in one month: the two CBS publishes, and the 3m/3m one we derive. */
public final class Changes {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Changes() {
    }

    /**
     * Published calendar-adjusted change on the same month a year earlier. Never derived from the
     * indices: CBS adjusts for calendar effects we cannot redo, so a missing figure stays missing.
     */
    public static Optional<Figure> yearOnYear(DataView view, String branch, YearMonth month) {
        return view.figure(branch, month, Measure.YOY_CA);
    }

    /**
     * Total manufacturing's {@code yoy_ca} as it stood when {@code branchFigure} was published, so a
     * branch is never set against a total from a later revision (CBS revises both together).
     */
    public static Optional<Figure> totalYearOnYearAlongside(DataView view, Figure branchFigure, YearMonth month) {
        LocalDate published = branchFigure.release().published();
        return published == null ? yearOnYear(view, BranchInfo.TOTAL, month)
                : view.figure(BranchInfo.TOTAL, month, Measure.YOY_CA, published);
    }

    /** Published seasonally adjusted change on the previous month; never derived, as above. */
    public static Optional<Figure> monthOnMonth(DataView view, String branch, YearMonth month) {
        return view.figure(branch, month, Measure.MOM_SA);
    }

    /**
     * % change of the average {@code index_sa} of m-2..m against that of m-5..m-3; empty unless all
     * six months are published.
     */
    public static Optional<ThreeMonthChange> threeMonthChange(DataView view, String branch, YearMonth month) {
        MonthWindow recent = MonthWindow.ending(view, branch, Measure.INDEX_SA, month, 3);
        MonthWindow earlier = MonthWindow.ending(view, branch, Measure.INDEX_SA, month.minusMonths(3), 3);
        if (!recent.complete() || !earlier.complete()) {
            return Optional.empty();
        }
        BigDecimal recentSum = recent.sum().orElseThrow();
        BigDecimal earlierSum = earlier.sum().orElseThrow();
        if (earlierSum.signum() == 0) {
            // an index of zero has no meaning as a base; say nothing rather than fail
            return Optional.empty();
        }
        // From the sums, not the averages: same ratio, but one rounding step instead of three.
        BigDecimal change = recentSum.subtract(earlierSum)
                .divide(earlierSum, MathContext.DECIMAL64)
                .multiply(HUNDRED);
        return Optional.of(new ThreeMonthChange(branch, month, recent.average().orElseThrow(),
                earlier.average().orElseThrow(), change));
    }
}
