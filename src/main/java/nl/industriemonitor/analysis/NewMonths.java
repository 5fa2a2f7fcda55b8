package nl.industriemonitor.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.industriemonitor.data.Measure;

/**
 * The new figures of a publication for one branch, told as months rather than cells: measures that
 * gained exactly the same months share one row, and the months are compressed into ranges.
 *
 * @param months how many months the ranges span together
 */
public record NewMonths(String branch, List<Measure> measures, List<MonthRange> ranges, int months) {

    /** Consecutive months from {@code first} to {@code last}, both included. */
    public record MonthRange(YearMonth first, YearMonth last) {

        public boolean single() {
            return first.equals(last);
        }
    }

    public NewMonths {
        measures = List.copyOf(measures);
        ranges = List.copyOf(ranges);
    }

    /** How many new figures the row stands for. */
    public int figures() {
        return measures.size() * months;
    }

    /** One row per branch and set of measures, in the order of {@code added} (branch, then measure). */
    public static List<NewMonths> of(List<ReleaseChanges.Added> added) {
        Map<String, Map<Measure, TreeSet<YearMonth>>> byBranch = new LinkedHashMap<>();
        for (ReleaseChanges.Added a : added) {
            add(byBranch, a.branch(), a.measure(), a.month());
        }
        return group(byBranch);
    }

    /** Collects one new figure into {@code byBranch}, for {@link #group}. */
    public static void add(Map<String, Map<Measure, TreeSet<YearMonth>>> byBranch, String branch, Measure measure,
                           YearMonth month) {
        byBranch.computeIfAbsent(branch, b -> new EnumMap<>(Measure.class))
                .computeIfAbsent(measure, m -> new TreeSet<>()).add(month);
    }

    /** One row per branch and set of measures with the same months, in the order of {@code byBranch}. */
    public static List<NewMonths> group(Map<String, Map<Measure, TreeSet<YearMonth>>> byBranch) {
        List<NewMonths> rows = new ArrayList<>();
        byBranch.forEach((branch, byMeasure) -> {
            Map<List<YearMonth>, List<Measure>> byMonths = new LinkedHashMap<>();
            byMeasure.forEach((measure, months) ->
                    byMonths.computeIfAbsent(List.copyOf(months), m -> new ArrayList<>()).add(measure));
            byMonths.forEach((months, measures) -> rows.add(new NewMonths(branch, measures, ranges(months), months.size())));
        });
        return rows;
    }

    /** Ascending months as ranges of consecutive months. */
    static List<MonthRange> ranges(List<YearMonth> ascending) {
        List<MonthRange> ranges = new ArrayList<>();
        YearMonth first = null;
        YearMonth last = null;
        for (YearMonth month : ascending) {
            if (last != null && month.equals(last.plusMonths(1))) {
                last = month;
                continue;
            }
            if (first != null) {
                ranges.add(new MonthRange(first, last));
            }
            first = month;
            last = month;
        }
        if (first != null) {
            ranges.add(new MonthRange(first, last));
        }
        return ranges;
    }
}
