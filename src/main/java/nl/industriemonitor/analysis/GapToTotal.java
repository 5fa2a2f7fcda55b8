package nl.industriemonitor.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.Optional;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;

/**
 * How far a branch's year-on-year change lies above (+) or below (−) that of total manufacturing,
 * in percentage points, against the total as published with the branch's figure; both figures are
 * kept so their releases can be cited.
 */
public record GapToTotal(String branch, YearMonth month, Figure branchFigure, Figure totalFigure,
                         BigDecimal points) {

    /** Empty when either published {@code yoy_ca} is missing. */
    public static Optional<GapToTotal> of(DataView view, String branch, YearMonth month) {
        Optional<Figure> own = Changes.yearOnYear(view, branch, month);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Optional<Figure> total = Changes.totalYearOnYearAlongside(view, own.get(), month);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal points = own.get().amount().subtract(total.get().amount(), MathContext.DECIMAL64);
        return Optional.of(new GapToTotal(branch, month, own.get(), total.get(), points));
    }
}
