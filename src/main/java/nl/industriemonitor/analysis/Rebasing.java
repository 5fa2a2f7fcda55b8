package nl.industriemonitor.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;

/** Rebases a published index so that a chosen month is 100 (value / base × 100). */
public final class Rebasing {

    private Rebasing() {
    }

    /**
     * The months {@code from}..{@code to} of an index series rebased to {@code base}. Empty when the
     * base month is not published, because every point would then be a guess.
     */
    public static Optional<RebasedSeries> rebase(DataView view, String branch, Measure measure,
                                                 YearMonth base, YearMonth from, YearMonth to) {
        if (measure != Measure.INDEX && measure != Measure.INDEX_SA) {
            // a percentage change has no level to rebase
            throw new IllegalArgumentException("only index series can be rebased, not " + measure.code);
        }
        Optional<BigDecimal> baseValue = view.figure(branch, base, measure).map(Figure::amount)
                .filter(v -> v.signum() != 0);
        if (baseValue.isEmpty()) {
            return Optional.empty();
        }
        List<RebasedSeries.Point> points = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            BigDecimal value = view.figure(branch, month, measure)
                    .map(f -> f.amount().multiply(Changes.HUNDRED)
                            .divide(baseValue.get(), MathContext.DECIMAL64))
                    .orElse(null);
            points.add(new RebasedSeries.Point(month, value));
        }
        return Optional.of(new RebasedSeries(branch, measure, base, baseValue.get(), points));
    }
}
