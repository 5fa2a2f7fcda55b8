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

/**
 * Consecutive months of one measure of one branch, read together so that a calculation either has
 * every value or can list every gap.
 */
public record MonthWindow(String branch, Measure measure, YearMonth first, YearMonth last,
                          List<BigDecimal> values, List<MissingInput> missing) {

    public MonthWindow {
        values = List.copyOf(values);
        missing = List.copyOf(missing);
    }

    /** The {@code length} months ending at {@code last}, oldest first. */
    public static MonthWindow ending(DataView view, String branch, Measure measure, YearMonth last, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("a window needs at least one month, got " + length);
        }
        YearMonth first = last.minusMonths(length - 1L);
        List<BigDecimal> values = new ArrayList<>();
        List<MissingInput> missing = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Optional<Figure> figure = view.figure(branch, month, measure);
            if (figure.isPresent()) {
                values.add(figure.get().amount());
            } else {
                missing.add(new MissingInput(branch, month, measure));
            }
        }
        return new MonthWindow(branch, measure, first, last, values, missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** Sum of all months; empty unless every month is there, as a partial sum would mislead. */
    public Optional<BigDecimal> sum() {
        return complete() ? Optional.of(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                : Optional.empty();
    }

    /** Plain mean of all months; empty unless every month is there. */
    public Optional<BigDecimal> average() {
        return sum().map(s -> s.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64));
    }
}
