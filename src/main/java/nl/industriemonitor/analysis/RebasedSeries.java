package nl.industriemonitor.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import nl.industriemonitor.data.Measure;

/**
 * An index series of one branch expressed against a chosen base month (= 100), so branches that
 * started at different levels can be compared from a common point.
 */
public record RebasedSeries(String branch, Measure measure, YearMonth base, BigDecimal baseValue,
                            List<Point> points) {

    public RebasedSeries {
        points = List.copyOf(points);
    }

    /** One month; {@code value} is null when that month's index is not published. */
    public record Point(YearMonth month, BigDecimal value) {

        public boolean missing() {
            return value == null;
        }
    }
}
