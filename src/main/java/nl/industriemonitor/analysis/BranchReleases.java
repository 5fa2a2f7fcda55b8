package nl.industriemonitor.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.FigureHistory;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;

/**
 * What each dated publication added and revised of a few branches' production figures (the figures a reader
 * follows a branch or group for), compared as {@link ReleaseChanges} compares: releases of one date taken
 * together, the value before is the vintage before the first of them.
 */
public final class BranchReleases {

    private BranchReleases() {
    }

    /** Per publication date (ascending), only dates that added or revised a figure of {@code branches}. */
    public static Map<LocalDate, ReleaseChanges.Result> of(Snapshot snapshot, Collection<String> branches) {
        Map<LocalDate, List<ReleaseChanges.Added>> added = new TreeMap<>();
        Map<LocalDate, List<ReleaseChanges.Revision>> revised = new TreeMap<>();
        Map<LocalDate, int[]> unchanged = new TreeMap<>();
        for (String branch : branches) {
            for (Measure measure : Measure.values()) {
                if (measure.dataset != Dataset.PRODUCTION) {
                    continue;
                }
                for (YearMonth month : snapshot.months(branch, measure, null)) {
                    FigureHistory vintages = snapshot.vintages(branch, month, measure);
                    int start = 0;
                    while (start < vintages.size()) {
                        LocalDate date = vintages.release(start).published();
                        int end = start + 1;
                        while (end < vintages.size() && date != null && date.equals(vintages.release(end).published())) {
                            end++;
                        }
                        if (date != null) {
                            if (start == 0) {
                                added.computeIfAbsent(date, d -> new ArrayList<>())
                                        .add(new ReleaseChanges.Added(branch, measure, month, vintages.get(end - 1)));
                            } else if (vintages.amount(start - 1).compareTo(vintages.amount(end - 1)) != 0) {
                                revised.computeIfAbsent(date, d -> new ArrayList<>()).add(new ReleaseChanges.Revision(
                                        branch, measure, month, vintages.get(start - 1), vintages.get(end - 1)));
                            } else {
                                unchanged.computeIfAbsent(date, d -> new int[1])[0]++;
                            }
                        }
                        start = end;
                    }
                }
            }
        }
        Map<LocalDate, ReleaseChanges.Result> result = new TreeMap<>();
        for (LocalDate date : union(added.keySet(), revised.keySet())) {
            List<ReleaseChanges.Revision> r = new ArrayList<>(revised.getOrDefault(date, List.of()));
            r.sort(Comparator.comparing((ReleaseChanges.Revision x) -> x.difference().abs()).reversed());
            result.put(date, new ReleaseChanges.Result(added.getOrDefault(date, List.of()), r,
                    unchanged.getOrDefault(date, new int[1])[0]));
        }
        return result;
    }

    private static List<LocalDate> union(Collection<LocalDate> a, Collection<LocalDate> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().sorted().toList();
    }
}
