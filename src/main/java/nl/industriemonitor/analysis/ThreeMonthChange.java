package nl.industriemonitor.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The 3m/3m change of {@code index_sa}, kept with both averages so a page can show how it was reached.
 * {@code recentAverage} covers months m-2..m, {@code earlierAverage} m-5..m-3; {@code change} is in %.
 */
public record ThreeMonthChange(String branch, YearMonth month, BigDecimal recentAverage,
                               BigDecimal earlierAverage, BigDecimal change) {
}
