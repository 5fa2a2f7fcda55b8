package nl.industriemonitor.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;

/**
 * What the long history says of one month: reads a branch's seasonally adjusted index back from that
 * month, as the view shows it (the latest value of each month published by the view's date), until it
 * finds a month at least as low or as high, or a gap. A gap ends what can be judged: a missing month
 * might have been lower, so nothing is claimed across it.
 */
public final class LongHistory {

    /** A month is called the lowest (highest) only when it is so over at least the year before it. */
    public static final int MIN_MONTHS = 12;
    static final int BASE_YEAR = 2021;

    private LongHistory() {
    }

    public static HistoryStanding of(DataView view, String branch, YearMonth month) {
        Optional<Figure> own = view.figure(branch, month, Measure.INDEX_SA);
        if (own.isEmpty()) {
            return new HistoryStanding(branch, month, null, HistoryStanding.Extreme.NONE, null, null, null, false,
                    null, null);
        }
        BigDecimal value = own.get().amount();
        Figure low = null;
        Figure high = null;
        YearMonth lowMonth = null;
        YearMonth highMonth = null;
        YearMonth start = month;
        boolean reachedGap = false;
        for (YearMonth m = month.minusMonths(1); low == null || high == null; m = m.minusMonths(1)) {
            Optional<Figure> f = view.figure(branch, m, Measure.INDEX_SA);
            if (f.isEmpty()) {
                reachedGap = true;
                break;
            }
            start = m;
            if (low == null && f.get().amount().compareTo(value) <= 0) {
                low = f.get();
                lowMonth = m;
            }
            if (high == null && f.get().amount().compareTo(value) >= 0) {
                high = f.get();
                highMonth = m;
            }
        }
        YearMonth judgedFrom = reachedGap ? start : null;
        boolean seriesStart = reachedGap && view.latestMonth(branch, Measure.INDEX_SA, start.minusMonths(1)).isEmpty();
        HistoryStanding.Extreme extreme = HistoryStanding.Extreme.NONE;
        YearMonth since = null;
        Figure sinceValue = null;
        if (longEnough(lowMonth, start, month)) {
            extreme = HistoryStanding.Extreme.LOWEST;
            since = lowMonth;
            sinceValue = low;
        } else if (longEnough(highMonth, start, month)) {
            extreme = HistoryStanding.Extreme.HIGHEST;
            since = highMonth;
            sinceValue = high;
        }
        BigDecimal average = average2021(view, branch);
        BigDecimal versus = average == null || average.signum() == 0 ? null
                : value.subtract(average).divide(average, MathContext.DECIMAL64).multiply(Changes.HUNDRED);
        return new HistoryStanding(branch, month, own.get(), extreme, since, sinceValue, judgedFrom, seriesStart,
                average, versus);
    }

    /**
     * Whether the months after {@code found} (or, when nothing was found, the whole unbroken run from
     * {@code start}) span at least {@link #MIN_MONTHS} before {@code month}.
     */
    private static boolean longEnough(YearMonth found, YearMonth start, YearMonth month) {
        return found != null ? monthsBetween(found, month) > MIN_MONTHS : monthsBetween(start, month) >= MIN_MONTHS;
    }

    static long monthsBetween(YearMonth from, YearMonth to) {
        return from == null ? 0 : ChronoUnit.MONTHS.between(from, to);
    }

    /** The mean of the twelve months of 2021, the base year of every index in 85806NED; null with a gap. */
    static BigDecimal average2021(DataView view, String branch) {
        return MonthWindow.ending(view, branch, Measure.INDEX_SA, YearMonth.of(BASE_YEAR, 12), 12).average()
                .orElse(null);
    }
}
