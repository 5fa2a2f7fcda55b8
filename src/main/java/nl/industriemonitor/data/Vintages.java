package nl.industriemonitor.data;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every published value of one figure (branch, measure, month), oldest release first, kept as parallel arrays
 * and handed out as {@link Figure}s made on access. Five years of monthly full tables are about 5 million
 * vintages: as objects (a figure, its amount, a list slot) they took about 80 bytes each, more than the launcher's
 * heap; here about 9 (a reference to the release, one to an amount shared by every equal amount, the status),
 * plus a source only where a figure has one of its own.
 */
final class Vintages extends AbstractList<Figure> implements RandomAccess {

    private static final FigureStatus[] STATUSES = FigureStatus.values();
    /** Equal amounts and sources share one object across every snapshot; bounded, past that they are kept as given. */
    private static final int SHARED_MAX = 1 << 20;
    private static final Map<BigDecimal, BigDecimal> AMOUNTS = new ConcurrentHashMap<>();
    private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();

    private final ReleaseInfo[] releases;
    private final BigDecimal[] amounts;
    private final byte[] statuses;
    /** Null when every figure has its release's source. */
    private final String[] sources;

    private Vintages(ReleaseInfo[] releases, BigDecimal[] amounts, byte[] statuses, String[] sources) {
        this.releases = releases;
        this.amounts = amounts;
        this.statuses = statuses;
        this.sources = sources;
    }

    @Override
    public Figure get(int i) {
        ReleaseInfo release = releases[i];
        String source = sources == null || sources[i] == null ? release.source() : sources[i];
        return new Figure(amounts[i], STATUSES[statuses[i]], release, source);
    }

    @Override
    public int size() {
        return releases.length;
    }

    /** The release of vintage {@code i}, without making its figure. */
    ReleaseInfo release(int i) {
        return releases[i];
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

    /** Collects the new vintages of one figure while a snapshot is built, then merges them with the earlier ones. */
    static final class Collector {
        private ReleaseInfo[] releases = new ReleaseInfo[2];
        private BigDecimal[] amounts = new BigDecimal[2];
        private byte[] statuses = new byte[2];
        private String[] sources;
        private int size;

        void add(ReleaseInfo release, BigDecimal amount, FigureStatus status, String source) {
            if (size == releases.length) {
                int n = size + Math.max(2, size >> 1);
                releases = Arrays.copyOf(releases, n);
                amounts = Arrays.copyOf(amounts, n);
                statuses = Arrays.copyOf(statuses, n);
                sources = sources == null ? null : Arrays.copyOf(sources, n);
            }
            releases[size] = release;
            amounts[size] = shared(AMOUNTS, amount);
            statuses[size] = (byte) status.ordinal();
            if (source != null && !source.equals(release.source())) {
                if (sources == null) {
                    sources = new String[releases.length];
                }
                sources[size] = shared(SOURCES, source);
            }
            size++;
        }

        /** The earlier vintages (may be null) and these, in {@code order} of their releases. */
        Vintages merge(Vintages earlier, Comparator<ReleaseInfo> order) {
            int before = earlier == null ? 0 : earlier.size();
            int n = before + size;
            Integer[] index = new Integer[n];
            boolean sorted = true;
            for (int i = 0; i < n; i++) {
                index[i] = i;
                if (i > 0 && order.compare(releaseAt(earlier, before, i - 1), releaseAt(earlier, before, i)) > 0) {
                    sorted = false;
                }
            }
            if (!sorted) {
                // stable: a release's figures keep the order they came in
                Arrays.sort(index, (a, b) -> order.compare(releaseAt(earlier, before, a), releaseAt(earlier, before, b)));
            }
            ReleaseInfo[] r = new ReleaseInfo[n];
            BigDecimal[] a = new BigDecimal[n];
            byte[] s = new byte[n];
            boolean ownSources = sources != null || (earlier != null && earlier.sources != null);
            String[] src = ownSources ? new String[n] : null;
            for (int i = 0; i < n; i++) {
                int j = index[i];
                boolean old = j < before;
                int k = old ? j : j - before;
                r[i] = old ? earlier.releases[k] : releases[k];
                a[i] = old ? earlier.amounts[k] : amounts[k];
                s[i] = old ? earlier.statuses[k] : statuses[k];
                if (src != null) {
                    String[] from = old ? earlier.sources : sources;
                    src[i] = from == null ? null : from[k];
                }
            }
            return new Vintages(r, a, s, src);
        }

        private ReleaseInfo releaseAt(Vintages earlier, int before, int i) {
            return i < before ? earlier.releases[i] : releases[i - before];
        }
    }
}
