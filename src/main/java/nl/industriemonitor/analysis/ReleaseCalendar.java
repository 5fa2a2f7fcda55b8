package nl.industriemonitor.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When CBS's next publication of table 85806NED is due, estimated from the stored publication dates alone (CBS
 * keeps no calendar we could store): the usual day of the month, the usual lag in months between the newest
 * month of a publication and the publication itself, and which way a publication moved when that day fell in a
 * weekend. The same history and the same day always give the same answer.
 */
public final class ReleaseCalendar {

    /** The estimate reads the last this many publications. */
    public static final int BASIS = 12;
    /** With fewer publications nothing is estimated. */
    public static final int MIN_BASIS = 3;
    /** A publication counts as probably missing only this many days after its estimated date: it is an estimate. */
    public static final int GRACE_DAYS = 2;
    /** No count runs beyond ten years of missing publications, whatever the stored history says. */
    private static final int MAX_MISSING = 120;

    /** One publication date and the newest month it held figures of. */
    public record Publication(LocalDate date, YearMonth newestMonth) {
    }

    /**
     * How the estimate was made: from {@code basis} publications, on day {@code usualDay}, {@code lagMonths}
     * after the month published; on a weekend the Friday before ({@code weekendEarlier}) or the Monday after.
     */
    public record Rule(int basis, int usualDay, int lagMonths, boolean weekendEarlier) {

        /** The estimated publication date of the first figures of {@code month}. */
        public LocalDate due(YearMonth month) {
            YearMonth in = month.plusMonths(lagMonths);
            return workday(in.atDay(Math.min(usualDay, in.lengthOfMonth())), weekendEarlier);
        }
    }

    /**
     * What the history says on {@code today}: its newest publication; the estimated date of the one that should
     * follow it ({@code following}); how many publications are probably missing by now (0 when none is
     * overdue); and the date the next one is expected ({@code next}, not yet overdue). Without a rule (too short
     * a history) {@code rule}, {@code following} and {@code next} are null and nothing counts as missing.
     */
    public record Status(Publication newest, Rule rule, LocalDate following, int missing, LocalDate next) {

        public boolean overdue() {
            return missing > 0;
        }
    }

    private ReleaseCalendar() {
    }

    /** The rule read from the last {@link #BASIS} publications of {@code history}; empty below {@link #MIN_BASIS}. */
    public static Optional<Rule> rule(List<Publication> history) {
        List<Publication> basis = lastOnes(history);
        if (basis.size() < MIN_BASIS) {
            return Optional.empty();
        }
        int day = mode(basis.stream().map(p -> p.date().getDayOfMonth()).toList());
        int lag = mode(basis.stream().map(p -> (int) p.newestMonth().until(YearMonth.from(p.date()), ChronoUnit.MONTHS))
                .toList());
        int earlier = 0;
        int later = 0;
        for (Publication p : basis) {
            YearMonth in = YearMonth.from(p.date());
            LocalDate nominal = in.atDay(Math.min(day, in.lengthOfMonth()));
            if (weekend(nominal)) {
                earlier += p.date().isBefore(nominal) ? 1 : 0;
                later += p.date().isAfter(nominal) ? 1 : 0;
            }
        }
        return Optional.of(new Rule(basis.size(), day, lag, earlier >= later));
    }

    /** The status on {@code today}; empty for an empty history. */
    public static Optional<Status> status(List<Publication> history, LocalDate today) {
        Optional<Publication> newest = history.stream().max(Comparator.comparing(Publication::date));
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        Optional<Rule> rule = rule(history);
        if (rule.isEmpty()) {
            return Optional.of(new Status(newest.get(), null, null, 0, null));
        }
        YearMonth last = history.stream().map(Publication::newestMonth).max(Comparator.naturalOrder()).orElseThrow();
        int missing = 0;
        while (missing < MAX_MISSING && today.isAfter(rule.get().due(last.plusMonths(missing + 1L)).plusDays(GRACE_DAYS))) {
            missing++;
        }
        return Optional.of(new Status(newest.get(), rule.get(), rule.get().due(last.plusMonths(1)), missing,
                rule.get().due(last.plusMonths(missing + 1L))));
    }

    private static List<Publication> lastOnes(List<Publication> history) {
        List<Publication> sorted = history.stream().sorted(Comparator.comparing(Publication::date)).toList();
        return sorted.subList(Math.max(0, sorted.size() - BASIS), sorted.size());
    }

    /** The most frequent value; of equally frequent ones the latest to occur. */
    private static int mode(List<Integer> values) {
        Map<Integer, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        int best = values.get(values.size() - 1);
        for (int i = values.size() - 1; i >= 0; i--) {
            if (counts.get(values.get(i)) > counts.get(best)) {
                best = values.get(i);
            }
        }
        return best;
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate workday(LocalDate date, boolean earlier) {
        LocalDate d = date;
        while (weekend(d)) {
            d = earlier ? d.minusDays(1) : d.plusDays(1);
        }
        return d;
    }
}
