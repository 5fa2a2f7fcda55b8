package nl.industriemonitor.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Every release's figures of one branch and measure, shared between releases. Each release that published the
 * series has a {@link Holding}: the months it published. Each month has its {@link Vintages}: the values it took,
 * one entry per change. A release published, for a month it holds, the value of the newest entry not after it
 * in release order. So sixty monthly full tables that repeat their history keep each figure once, plus what CBS
 * revised, and a page as of any date still names the newest release that published the figure it shows.
 */
final class Series {

    /**
     * The months one release published in this series: when {@code ranged}, every month from {@code from} to
     * {@code to} but those in {@code absent} (ascending; cells left empty), and the months it did not change are
     * inherited; else exactly the months with an entry of this release.
     */
    record Holding(ReleaseInfo release, YearMonth from, YearMonth to, YearMonth[] absent, boolean ranged) {

        static final YearMonth[] NONE = new YearMonth[0];

        boolean holds(YearMonth month, Vintages vintages) {
            return ranged ? !month.isBefore(from) && !month.isAfter(to)
                    && (absent.length == 0 || java.util.Arrays.binarySearch(absent, month) < 0)
                    : vintages.indexOf(release) >= 0;
        }
    }

    /** One write the database needs for a release published into a series (see {@link Builder#publish}). */
    record Write(ReleaseInfo release, Holding holding, NavigableMap<YearMonth, Vintages.Value> entries,
                 boolean newRow) {
    }

    private final Holding[] holdings;
    private final NavigableMap<YearMonth, Vintages> months;

    private Series(Holding[] holdings, NavigableMap<YearMonth, Vintages> months) {
        this.holdings = holdings;
        this.months = months;
    }

    /** Months with any figure, ascending. */
    NavigableMap<YearMonth, Vintages> months() {
        return months;
    }

    /** The first release that published {@code vintages}' month. */
    static ReleaseInfo first(Vintages vintages) {
        return vintages.release(0);
    }

    /** The figure the newest release visible on {@code asOf} (null: any) published for {@code month}, or null. */
    Figure pick(YearMonth month, LocalDate asOf) {
        Vintages vintages = months.get(month);
        return vintages == null ? null : pick(month, vintages, asOf);
    }

    Figure pick(YearMonth month, Vintages vintages, LocalDate asOf) {
        // the first release of a month is its oldest: when that is not visible yet, none is
        if (asOf != null && !first(vintages).visibleAsOf(asOf)) {
            return null;
        }
        for (int h = visible(asOf) - 1; h >= 0; h--) {
            Holding holding = holdings[h];
            if (!holding.holds(month, vintages)) {
                continue;
            }
            int i = vintages.atOrBefore(holding.release());
            if (i >= 0) {
                return vintages.figure(i, holding.release());
            }
        }
        return null;
    }

    /**
     * How many holdings are visible on {@code asOf} (null: all): the releases published by a date come first in
     * release order, so a binary search finds where they end.
     */
    private int visible(LocalDate asOf) {
        if (asOf == null) {
            return holdings.length;
        }
        int lo = 0;
        int hi = holdings.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (holdings[mid].release().visibleAsOf(asOf)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether the releases visible on {@code asOf} (null: all) published more than one amount for {@code month}.
     * Each entry belongs to a release that published the month, and each such release published the amount of an
     * entry not after it, which is visible whenever it is: so the visible entries alone answer, without walking the
     * releases.
     */
    boolean revised(YearMonth month, LocalDate asOf) {
        Vintages vintages = months.get(month);
        if (vintages == null) {
            return false;
        }
        java.math.BigDecimal first = vintages.amount(0);
        for (int i = 1; i < vintages.size(); i++) {
            if (asOf != null && !vintages.release(i).visibleAsOf(asOf)) {
                return false;
            }
            if (vintages.amount(i) != first && vintages.amount(i).compareTo(first) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Every published value of {@code month}: one per release that published it, oldest release first. */
    FigureHistory all(YearMonth month) {
        Vintages vintages = months.get(month);
        if (vintages == null) {
            return FigureHistory.EMPTY;
        }
        ReleaseInfo[] holders = new ReleaseInfo[holdings.length];
        int[] entries = new int[holdings.length];
        int n = 0;
        int entry = -1;
        for (Holding holding : holdings) {
            // entries and holdings are both in release order: the value of a holder is the newest entry not after it
            while (entry + 1 < vintages.size() && (vintages.release(entry + 1) == holding.release()
                    || Snapshot.compareReleases(vintages.release(entry + 1), holding.release()) <= 0)) {
                entry++;
            }
            if (entry >= 0 && holding.holds(month, vintages)) {
                holders[n] = holding.release();
                entries[n] = entry;
                n++;
            }
        }
        return new FigureHistory(vintages, holders, entries, n);
    }

    /** The newest month each release published in this series. */
    void newestMonths(java.util.function.BiConsumer<ReleaseInfo, YearMonth> sink) {
        for (Holding holding : holdings) {
            if (holding.ranged()) {
                sink.accept(holding.release(), holding.to());
            } else {
                for (Map.Entry<YearMonth, Vintages> e : months.descendingMap().entrySet()) {
                    if (e.getValue().indexOf(holding.release()) >= 0) {
                        sink.accept(holding.release(), e.getKey());
                        break;
                    }
                }
            }
        }
    }

    /** Builds a series: from the database's rows, from figures as releases publish them, or on top of a series. */
    static final class Builder {
        private final List<Holding> holdings = new ArrayList<>();
        private final TreeMap<YearMonth, Vintages> months = new TreeMap<>();
        /** Vintages still shared with the series this one extends: copied before they change. */
        private final java.util.Set<YearMonth> shared = new java.util.HashSet<>();
        private boolean sorted = true;

        Builder() {
        }

        /** Starts from {@code base}, sharing its vintages until they change. */
        Builder(Series base) {
            Collections.addAll(holdings, base.holdings);
            months.putAll(base.months);
            shared.addAll(base.months.keySet());
        }

        /** A release's row as stored: its holding, then its entries with {@link #stored}. */
        void holding(Holding holding) {
            holdings.add(holding);
            sorted = false;
        }

        void stored(YearMonth month, ReleaseInfo release, Vintages.Value value) {
            writable(month).add(release, value);
            sorted = false;
        }

        /**
         * Adds what {@code release} published for this series, month by month, where it belongs in release order,
         * and returns what the database must write for it: its own row (the months whose value differs from the
         * release before it; a range of months when they have no gaps, every month otherwise), and for each
         * month where a later release inherited the value the new one replaces, that value as an entry of the later
         * release's row.
         */
        List<Write> publish(ReleaseInfo release, NavigableMap<YearMonth, Vintages.Value> figures) {
            sort();
            // the holdings before the new release in release order, and after it
            int at = 0;
            while (at < holdings.size() && Snapshot.compareReleases(holdings.get(at).release(), release) < 0) {
                at++;
            }
            int split = at;
            Holding own = new Holding(release, figures.firstKey(), figures.lastKey(), absent(figures), true);
            NavigableMap<YearMonth, Vintages.Value> entries = new TreeMap<>();
            Map<ReleaseInfo, NavigableMap<YearMonth, Vintages.Value>> later = new java.util.LinkedHashMap<>();
            figures.forEach((month, value) -> {
                Vintages vintages = months.get(month);
                Vintages.Value before = null;
                Holding next = null;
                if (vintages != null) {
                    Holding previous = holderBefore(month, vintages, split);
                    before = previous == null ? null : vintages.value(vintages.atOrBefore(previous.release()));
                    next = holderAfter(month, vintages, split);
                }
                if (before != null && next != null && next.ranged() && vintages.indexOf(next.release()) < 0
                        && !value.sameAs(before)) {
                    // the next release inherited "before" from the releases before the new one; it now says so itself
                    writable(month).insert(next.release(), before);
                    later.computeIfAbsent(next.release(), r -> new TreeMap<>()).put(month, before);
                }
                if (!value.sameAs(before)) {
                    writable(month).insert(release, value);
                    entries.put(month, value);
                }
            });
            holdings.add(split, own);
            List<Write> writes = new ArrayList<>();
            writes.add(new Write(release, own, entries, true));
            later.forEach((r, added) -> writes.add(new Write(r, null, added, false)));
            return writes;
        }

        private Holding holderBefore(YearMonth month, Vintages vintages, int split) {
            for (int i = split - 1; i >= 0; i--) {
                if (holdings.get(i).holds(month, vintages)) {
                    return holdings.get(i);
                }
            }
            return null;
        }

        private Holding holderAfter(YearMonth month, Vintages vintages, int split) {
            for (int i = split; i < holdings.size(); i++) {
                if (holdings.get(i).holds(month, vintages)) {
                    return holdings.get(i);
                }
            }
            return null;
        }

        /** The months between the first and the last of {@code figures} without a figure, ascending. */
        private static YearMonth[] absent(NavigableMap<YearMonth, ?> figures) {
            List<YearMonth> absent = new ArrayList<>();
            YearMonth expected = figures.firstKey();
            for (YearMonth month : figures.keySet()) {
                while (expected.isBefore(month)) {
                    absent.add(expected);
                    expected = expected.plusMonths(1);
                }
                expected = month.plusMonths(1);
            }
            return absent.isEmpty() ? Holding.NONE : absent.toArray(YearMonth[]::new);
        }

        /** The vintages of {@code month}, copied first if they are still shared with the base series. */
        private Vintages writable(YearMonth month) {
            Vintages vintages = months.get(month);
            if (vintages == null) {
                vintages = new Vintages();
                months.put(month, vintages);
            } else if (!shared.isEmpty() && shared.remove(month)) {
                vintages = vintages.copy();
                months.put(month, vintages);
            }
            return vintages;
        }

        private void sort() {
            if (sorted) {
                return;
            }
            holdings.sort(Comparator.comparing(Holding::release, Snapshot.RELEASE_ORDER));
            months.forEach((month, vintages) -> {
                if (!shared.contains(month)) {
                    vintages.sort();
                }
            });
            sorted = true;
        }

        Series build() {
            sort();
            TreeMap<YearMonth, Vintages> frozen = new TreeMap<>();
            months.forEach((month, vintages) -> {
                if (vintages.size() > 0) {
                    frozen.put(month, shared.contains(month) ? vintages : vintages.trimmed());
                }
            });
            return new Series(holdings.toArray(Holding[]::new), Collections.unmodifiableNavigableMap(frozen));
        }
    }
}
