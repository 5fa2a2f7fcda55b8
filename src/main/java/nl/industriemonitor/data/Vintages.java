package nl.industriemonitor.data;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values one figure (branch, measure, month) took, oldest release first: one entry for the release that first
 * published it and one for each release that published another value (see {@link Series} for the releases in
 * between, which published the same value again). Parallel arrays: a reference to the release, one to an amount
 * shared by every equal amount, the status, and a source only where a figure has one of its own.
 *
 * <p>Mutable only while a {@link Snapshot.Builder} works on it; a snapshot never changes one it holds.
 */
final class Vintages {

    private static final FigureStatus[] STATUSES = FigureStatus.values();
    /** Equal amounts and sources share one object across every snapshot; bounded, past that they are kept as given. */
    private static final int SHARED_MAX = 1 << 20;
    private static final Map<BigDecimal, BigDecimal> AMOUNTS = new ConcurrentHashMap<>();
    private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();

    /** What a release published for a figure: amount, status and its own source (null: the release's). */
    record Value(BigDecimal amount, FigureStatus status, String ownSource) {

        /** A figure as a release gives it: a source equal to the release's own is no source of its own. */
        static Value of(ReleaseInfo release, BigDecimal amount, FigureStatus status, String source) {
            return new Value(amount, status, source == null || source.equals(release.source()) ? null : source);
        }

        /** The same figure: amounts compared by number (the database pads them to four decimals). */
        boolean sameAs(Value other) {
            return other != null && amount.compareTo(other.amount) == 0 && status == other.status
                    && java.util.Objects.equals(ownSource, other.ownSource);
        }
    }

    private ReleaseInfo[] releases;
    private BigDecimal[] amounts;
    private byte[] statuses;
    /** Null while no entry has a source of its own. */
    private String[] sources;
    private int size;

    Vintages() {
        this(2);
    }

    private Vintages(int capacity) {
        releases = new ReleaseInfo[capacity];
        amounts = new BigDecimal[capacity];
        statuses = new byte[capacity];
    }

    int size() {
        return size;
    }

    ReleaseInfo release(int i) {
        return releases[i];
    }

    Value value(int i) {
        return new Value(amounts[i], STATUSES[statuses[i]], sources == null ? null : sources[i]);
    }

    BigDecimal amount(int i) {
        return amounts[i];
    }

    /** The figure entry {@code i} gives as published by {@code holder}, which published the same value again. */
    Figure figure(int i, ReleaseInfo holder) {
        String own = sources == null ? null : sources[i];
        return new Figure(amounts[i], STATUSES[statuses[i]], holder, own == null ? holder.source() : own);
    }

    /** The entry of {@code release} itself, or -1. */
    int indexOf(ReleaseInfo release) {
        for (int i = size - 1; i >= 0; i--) {
            if (releases[i].id() == release.id()) {
                return i;
            }
        }
        return -1;
    }

    /** The newest entry of a release not after {@code release} in release order, or -1. */
    int atOrBefore(ReleaseInfo release) {
        for (int i = size - 1; i >= 0; i--) {
            if (releases[i] == release || Snapshot.compareReleases(releases[i], release) <= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Appends an entry; {@link #sort} puts them in release order afterwards. */
    void add(ReleaseInfo release, Value value) {
        if (size == releases.length) {
            grow();
        }
        set(size++, release, value);
    }

    /** Puts an entry where release order places it among entries already in release order. */
    void insert(ReleaseInfo release, Value value) {
        if (size == releases.length) {
            grow();
        }
        int at = size;
        while (at > 0 && Snapshot.compareReleases(releases[at - 1], release) > 0) {
            at--;
        }
        System.arraycopy(releases, at, releases, at + 1, size - at);
        System.arraycopy(amounts, at, amounts, at + 1, size - at);
        System.arraycopy(statuses, at, statuses, at + 1, size - at);
        if (sources != null) {
            System.arraycopy(sources, at, sources, at + 1, size - at);
        }
        size++;
        set(at, release, value);
    }

    private void set(int i, ReleaseInfo release, Value value) {
        releases[i] = release;
        amounts[i] = shared(AMOUNTS, value.amount());
        statuses[i] = (byte) value.status().ordinal();
        if (value.ownSource() != null && sources == null) {
            sources = new String[releases.length];
        }
        if (sources != null) {
            sources[i] = shared(SOURCES, value.ownSource());
        }
    }

    private void grow() {
        int n = size + Math.max(2, size >> 1);
        releases = Arrays.copyOf(releases, n);
        amounts = Arrays.copyOf(amounts, n);
        statuses = Arrays.copyOf(statuses, n);
        sources = sources == null ? null : Arrays.copyOf(sources, n);
    }

    /** Sorts the entries in release order, stable: a release's entries keep the order they came in. */
    void sort() {
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = Snapshot.compareReleases(releases[i - 1], releases[i]) <= 0;
        }
        if (sorted) {
            return;
        }
        Integer[] index = new Integer[size];
        for (int i = 0; i < size; i++) {
            index[i] = i;
        }
        Arrays.sort(index, (a, b) -> Snapshot.compareReleases(releases[a], releases[b]));
        Vintages copy = copy();
        for (int i = 0; i < size; i++) {
            int j = index[i];
            releases[i] = copy.releases[j];
            amounts[i] = copy.amounts[j];
            statuses[i] = copy.statuses[j];
            if (sources != null) {
                sources[i] = copy.sources[j];
            }
        }
    }

    /** A copy to change, leaving this one as it is. */
    Vintages copy() {
        Vintages copy = new Vintages(Math.max(2, size + 1));
        System.arraycopy(releases, 0, copy.releases, 0, size);
        System.arraycopy(amounts, 0, copy.amounts, 0, size);
        System.arraycopy(statuses, 0, copy.statuses, 0, size);
        if (sources != null) {
            copy.sources = Arrays.copyOf(sources, copy.releases.length);
        }
        copy.size = size;
        return copy;
    }

    /** This, with arrays no longer than its entries, to keep in a snapshot. */
    Vintages trimmed() {
        if (size == releases.length) {
            return this;
        }
        releases = Arrays.copyOf(releases, size);
        amounts = Arrays.copyOf(amounts, size);
        statuses = Arrays.copyOf(statuses, size);
        sources = sources == null ? null : Arrays.copyOf(sources, size);
        return this;
    }

    private static <T> T shared(Map<T, T> pool, T value) {
        if (value == null) {
            return null;
        }
        T known = pool.get(value);
        if (known != null) {
            return known;
        }
        if (pool.size() >= SHARED_MAX) {
            return value;
        }
        known = pool.putIfAbsent(value, value);
        return known == null ? value : known;
    }
}
