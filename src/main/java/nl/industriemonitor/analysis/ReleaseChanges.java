package nl.industriemonitor.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.FigureHistory;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;

/**
 * What a publication added and revised: every figure it holds compared with the figure's previous
 * vintage (in {@link Snapshot#RELEASE_ORDER}). Releases published on one date are taken together,
 * as one publication: the value before is the vintage before the first of them, the value after
 * the last of them.
 */
public final class ReleaseChanges {

    /** A figure that had no earlier vintage. */
    public record Added(String branch, Measure measure, YearMonth month, Figure figure) {
    }

    /** A figure whose previous vintage had a different amount. */
    public record Revision(String branch, Measure measure, YearMonth month, Figure before, Figure after) {

        /** New minus old: our own subtraction of two published numbers, exact. */
        public BigDecimal difference() {
            return after.amount().subtract(before.amount());
        }
    }

    /**
     * Everything one publication changed. {@code added} in branch, measure and month order;
     * {@code revised} largest absolute difference first; republished figures with the same amount are
     * only counted.
     */
    public record Result(List<Added> added, List<Revision> revised, int unchanged) {

        public Result {
            added = List.copyOf(added);
            revised = List.copyOf(revised);
        }

        public int figures() {
            return added.size() + revised.size() + unchanged;
        }
    }

    /** The counts of one publication date and its largest revision (null when it revised nothing). */
    public record Counts(int added, int revised, int unchanged, Revision largest) {
    }

    private ReleaseChanges() {
    }

    /** What the releases {@code releaseIds}, taken as one publication, added and revised. */
    public static Result of(Snapshot snapshot, Collection<Long> releaseIds) {
        Set<Long> ids = Set.copyOf(releaseIds);
        List<Added> added = new ArrayList<>();
        List<Revision> revised = new ArrayList<>();
        int unchanged = 0;
        for (BranchInfo branch : snapshot.latest().branches()) {
            for (Measure measure : Measure.values()) {
                for (YearMonth month : snapshot.months(branch.code(), measure, null)) {
                    FigureHistory vintages = snapshot.vintages(branch.code(), month, measure);
                    int first = -1;
                    int last = -1;
                    for (int i = 0; i < vintages.size(); i++) {
                        if (ids.contains(vintages.release(i).id())) {
                            first = first < 0 ? i : first;
                            last = i;
                        }
                    }
                    if (first < 0) {
                        continue;
                    }
                    Figure before = first == 0 ? null : vintages.get(first - 1);
                    Figure after = vintages.get(last);
                    if (before == null) {
                        added.add(new Added(branch.code(), measure, month, after));
                    } else if (before.amount().compareTo(after.amount()) != 0) {
                        revised.add(new Revision(branch.code(), measure, month, before, after));
                    } else {
                        unchanged++;
                    }
                }
            }
        }
        // a stable sort keeps branch, measure and month order among equal differences
        revised.sort(Comparator.comparing((Revision r) -> r.difference().abs()).reversed());
        return new Result(added, revised, unchanged);
    }

    /**
     * The counts of every dated publication, in one pass over the snapshot, by publication date
     * (ascending). Undated releases have no date to be listed by and are left out.
     */
    public static Map<LocalDate, Counts> perDate(Snapshot snapshot) {
        Map<LocalDate, int[]> counts = new TreeMap<>();
        Map<LocalDate, Revision> largest = new TreeMap<>();
        for (BranchInfo branch : snapshot.latest().branches()) {
            for (Measure measure : Measure.values()) {
                for (YearMonth month : snapshot.months(branch.code(), measure, null)) {
                    FigureHistory vintages = snapshot.vintages(branch.code(), month, measure);
                    int start = 0;
                    while (start < vintages.size()) {
                        LocalDate date = vintages.release(start).published();
                        int end = start + 1;
                        while (end < vintages.size() && date != null
                                && date.equals(vintages.release(end).published())) {
                            end++;
                        }
                        if (date != null) {
                            int[] c = counts.computeIfAbsent(date, d -> new int[3]);
                            if (start == 0) {
                                c[0]++;
                            } else if (vintages.amount(start - 1).compareTo(vintages.amount(end - 1)) != 0) {
                                c[1]++;
                                Revision r = new Revision(branch.code(), measure, month, vintages.get(start - 1),
                                        vintages.get(end - 1));
                                Revision top = largest.get(date);
                                // strictly larger: the first of equals in branch, measure, month order, as in of()
                                if (top == null || r.difference().abs().compareTo(top.difference().abs()) > 0) {
                                    largest.put(date, r);
                                }
                            } else {
                                c[2]++;
                            }
                        }
                        start = end;
                    }
                }
            }
        }
        Map<LocalDate, Counts> result = new TreeMap<>();
        counts.forEach((date, c) -> result.put(date, new Counts(c[0], c[1], c[2], largest.get(date))));
        return result;
    }
}
