package nl.industriemonitor.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Immutable in-memory copy of every stored observation with all its vintages, so that pages never
 * query the database. Built whole, then published by {@link SnapshotHolder} in one swap.
 */
public final class Snapshot {

    /** Release order: by publication date, undated releases last, ties by import order. */
    public static final Comparator<ReleaseInfo> RELEASE_ORDER = Snapshot::compareReleases;

    /** {@link #RELEASE_ORDER} written out: every figure looked up compares releases, so no chain of lambdas. */
    static int compareReleases(ReleaseInfo a, ReleaseInfo b) {
        if (a == b) {
            return 0;
        }
        LocalDate x = a.published();
        LocalDate y = b.published();
        if (x != y) {
            if (x == null) {
                return 1;
            }
            if (y == null) {
                return -1;
            }
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return Long.compare(a.id(), b.id());
    }

    /** Stored amount (four decimals) → as published; bounded, past that each is worked out again. */
    private static final Map<BigDecimal, BigDecimal> PUBLISHED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PUBLISHED_MAX = 1 << 18;

    private final long version;
    private final List<BranchInfo> branches;
    private final Map<String, BranchInfo> branchByCode;
    private final List<ReleaseInfo> releases;
    /** branch → measure → every release's figures of that series, shared between releases. */
    private final Map<String, Map<Measure, Series>> cells;
    private final DataView latest;
    private final Map<Long, Integer> figureCounts;
    /** Eurostat's figures: carried along, never part of the cells above. */
    private final EuropeData europe;

    private Snapshot(long version, List<BranchInfo> branches, List<ReleaseInfo> releases,
                     Map<String, Map<Measure, Series>> cells,
                     Map<Long, Integer> figureCounts, EuropeData europe) {
        this.europe = europe;
        this.figureCounts = Map.copyOf(figureCounts);
        this.version = version;
        this.branches = List.copyOf(branches);
        Map<String, BranchInfo> byCode = new LinkedHashMap<>();
        branches.forEach(b -> byCode.put(b.code(), b));
        this.branchByCode = Collections.unmodifiableMap(byCode);
        this.releases = List.copyOf(releases);
        this.cells = cells;
        this.latest = new View(null);
    }

    public static Builder builder(long version) {
        return new Builder(version, null);
    }

    /**
     * A builder that starts with everything in this snapshot; what is added to it comes on top.
     * This snapshot itself never changes.
     */
    public Builder extend(long newVersion) {
        return new Builder(newVersion, this);
    }

    /**
     * A stored amount as CBS prints it: its own decimals, at least one (0.7, not 0.7000; 1.0, not 1).
     * The database pads to four decimals; every figure in a snapshot goes through here.
     */
    public static BigDecimal asPublished(BigDecimal amount) {
        // five years of releases repeat a few thousand amounts millions of times: each is worked out once
        BigDecimal known = PUBLISHED.get(amount);
        if (known != null) {
            return known;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        BigDecimal published = stripped.scale() < 1 ? stripped.setScale(1) : stripped;
        if (PUBLISHED.size() < PUBLISHED_MAX) {
            PUBLISHED.putIfAbsent(amount, published);
        }
        return published;
    }

    public static Snapshot empty() {
        return builder(0).build();
    }

    /** Changes whenever the stored data change; pages use it as their ETag. */
    public long version() {
        return version;
    }

    /** Every release in release order. */
    public List<ReleaseInfo> releases() {
        return releases;
    }

    /** Eurostat's figures with their own releases, stored and read with this snapshot. */
    public EuropeData europe() {
        return europe;
    }

    /** Every release stored, CBS's and Eurostat's: what the database counts. */
    public int releaseCount() {
        return releases.size() + europe.releases().size();
    }

    /** The newest publication date in the data, for links pinned to "this version"; null when empty. */
    public LocalDate latestPublication() {
        return releases.stream().map(ReleaseInfo::published).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** When the newest release was imported, CBS's or Eurostat's (the start of time for an empty database). */
    public java.time.Instant lastImport() {
        return releases.stream().map(ReleaseInfo::importedAt).max(java.time.Instant::compareTo)
                .filter(cbs -> cbs.isAfter(europe.lastImport())).orElse(europe.lastImport());
    }

    /** How many figures a release holds. */
    public int figureCount(long releaseId) {
        return figureCounts.getOrDefault(releaseId, 0);
    }

    /** Everything imported: the latest release of every figure. */
    public DataView latest() {
        return latest;
    }

    /** The data as published on or before {@code date}. */
    public DataView asOf(LocalDate date) {
        return date == null ? latest : new View(date);
    }

    /** Every published value of one figure, one per release that published it, oldest release first. */
    public FigureHistory vintages(String branch, YearMonth month, Measure measure) {
        Series series = series(branch, measure);
        return series == null ? FigureHistory.EMPTY : series.all(month);
    }

    /**
     * Whether the releases published by {@code asOf} (null: all) gave more than one amount for this figure: cheaper
     * than {@link #vintages}, for pages that list revised figures.
     */
    public boolean revised(String branch, YearMonth month, Measure measure, LocalDate asOf) {
        Series series = series(branch, measure);
        return series != null && series.revised(month, asOf);
    }

    /** The newest month of this branch and measure that each release published, per release. */
    public void newestMonths(String branch, Measure measure, java.util.function.BiConsumer<ReleaseInfo, YearMonth> sink) {
        Series series = series(branch, measure);
        if (series != null) {
            series.newestMonths(sink);
        }
    }

    /** Months that have any value of this measure for this branch, ascending. */
    public List<YearMonth> months(String branch, Measure measure, LocalDate asOf) {
        Series series = series(branch, measure);
        if (series == null) {
            return List.of();
        }
        List<YearMonth> result = new ArrayList<>();
        series.months().forEach((month, vintages) -> {
            if (asOf == null || Series.first(vintages).visibleAsOf(asOf)) {
                result.add(month);
            }
        });
        return result;
    }

    private Series series(String branch, Measure measure) {
        Map<Measure, Series> byMeasure = cells.get(branch);
        return byMeasure == null ? null : byMeasure.get(measure);
    }

    /** A view with an optional publication cut-off. */
    private final class View implements DataView {
        private final LocalDate asOf;

        View(LocalDate asOf) {
            this.asOf = asOf;
        }

        @Override
        public Optional<Figure> figure(String branch, YearMonth month, Measure measure) {
            Series series = series(branch, measure);
            return series == null ? Optional.empty() : Optional.ofNullable(series.pick(month, asOf));
        }

        @Override
        public Optional<Figure> figure(String branch, YearMonth month, Measure measure, LocalDate publishedBy) {
            LocalDate cutoff = asOf == null || publishedBy.isBefore(asOf) ? publishedBy : asOf;
            Series series = series(branch, measure);
            return series == null ? Optional.empty() : Optional.ofNullable(series.pick(month, cutoff));
        }

        @Override
        public Optional<YearMonth> latestMonth(String branch, Measure measure) {
            Series series = series(branch, measure);
            return series == null || series.months().isEmpty() ? Optional.empty()
                    : latestMonth(branch, measure, series.months().lastKey());
        }

        @Override
        public Optional<YearMonth> latestMonth(String branch, Measure measure, YearMonth notAfter) {
            Series series = series(branch, measure);
            if (series == null) {
                return Optional.empty();
            }
            for (Map.Entry<YearMonth, Vintages> e : series.months().headMap(notAfter, true).descendingMap().entrySet()) {
                if (series.pick(e.getKey(), e.getValue(), asOf) != null) {
                    return Optional.of(e.getKey());
                }
            }
            return Optional.empty();
        }

        @Override
        public List<BranchInfo> branches() {
            return branches;
        }

        @Override
        public Optional<BranchInfo> branch(String code) {
            return Optional.ofNullable(branchByCode.get(code));
        }
    }

    /**
     * Collects branches, releases and figures, then builds the series once. Figures come in two ways: as the
     * database stores them ({@link #holding} and {@link #stored}: already shared between releases), or as a
     * release publishes them ({@link #observation}: every figure of the release, which the builder shares with
     * the releases around it and reports as {@link #writes()} for the database). A builder seeded from a snapshot
     * ({@link #extend}) shares that snapshot's immutable series and copies only those that receive new figures,
     * so that an import costs its own size rather than the whole history.
     */
    public static final class Builder {
        private record Key(String branch, Measure measure) {
        }

        private final long version;
        private final Snapshot base;
        private final Map<String, BranchInfo> branches = new LinkedHashMap<>();
        private final Map<Long, ReleaseInfo> releases = new HashMap<>();
        private final Map<Key, Series.Builder> series = new HashMap<>();
        /** Figures as releases publish them, per release in the order they came, then per series. */
        private final Map<Long, Map<Key, TreeMap<YearMonth, Vintages.Value>>> published = new LinkedHashMap<>();
        private final Map<Long, Integer> figureCounts = new HashMap<>();
        private final List<SeriesWrite> writes = new ArrayList<>();
        private ReleaseInfo lastRelease;
        private Key lastKey;
        private TreeMap<YearMonth, Vintages.Value> lastFigures;
        private Series.Builder lastStored;
        private String lastStoredBranch;
        private Measure lastStoredMeasure;
        private EuropeData europe;

        private Builder(long version, Snapshot base) {
            this.version = version;
            this.base = base;
            this.europe = base == null ? EuropeData.empty() : base.europe;
            if (base != null) {
                base.branches.forEach(b -> branches.put(b.code(), b));
                base.releases.forEach(r -> releases.put(r.id(), r));
                figureCounts.putAll(base.figureCounts);
            }
        }

        public Builder branch(BranchInfo branch) {
            branches.put(branch.code(), branch);
            return this;
        }

        public Builder release(ReleaseInfo release) {
            releases.put(release.id(), release);
            return this;
        }

        /** Eurostat's figures to carry (those of the base snapshot unless set). */
        public Builder europe(EuropeData europe) {
            this.europe = europe;
            return this;
        }

        /**
         * A stored series row of a release added before: the months from {@code heldFrom} to {@code heldTo} but
         * those {@code absent} (null: none) when a range is given (its entries are the months it changed), else
         * exactly the months of its entries; {@code figures} is how many figures the release published in it.
         */
        public Builder holding(long releaseId, String branch, Measure measure, YearMonth heldFrom, YearMonth heldTo,
                               YearMonth[] absent, int figures) {
            ReleaseInfo release = known(releaseId);
            Series.Builder s = series(new Key(branch, measure));
            YearMonth[] sorted = absent == null || absent.length == 0 ? Series.Holding.NONE : absent.clone();
            java.util.Arrays.sort(sorted);
            s.holding(new Series.Holding(release, heldFrom, heldTo, sorted, heldFrom != null));
            figureCounts.merge(releaseId, figures, Integer::sum);
            return this;
        }

        /** An entry of a stored series row, after its {@link #holding}; {@code source} null means the release's. */
        public Builder stored(long releaseId, String branch, YearMonth month, Measure measure, BigDecimal amount,
                              FigureStatus status, String source) {
            // a row's entries come together, with the row's own strings: its release and series are looked up once
            if (lastStored == null || releaseId != lastRelease.id() || branch != lastStoredBranch
                    || measure != lastStoredMeasure) {
                lastRelease = known(releaseId);
                lastStoredBranch = branch;
                lastStoredMeasure = measure;
                lastStored = series(new Key(branch, measure));
            }
            lastStored.stored(month, lastRelease, Vintages.Value.of(lastRelease, amount, status, source));
            return this;
        }

        /** Adds one figure a release added before published, taken from the release's own source. */
        public Builder observation(long releaseId, String branch, YearMonth month, Measure measure,
                                   BigDecimal amount, boolean provisional) {
            return observation(releaseId, branch, month, measure, amount, provisional, null);
        }

        /** Adds one figure a release added before published; {@code source} null means the release's. */
        public Builder observation(long releaseId, String branch, YearMonth month, Measure measure,
                                   BigDecimal amount, boolean provisional, String source) {
            return observation(releaseId, branch, month, measure, amount, FigureStatus.of(provisional), source);
        }

        /** As above, with CBS's three states. */
        public Builder observation(long releaseId, String branch, YearMonth month, Measure measure,
                                   BigDecimal amount, FigureStatus status, String source) {
            // figures come a series at a time: the release and the series are looked up once
            if (lastFigures == null || releaseId != lastRelease.id() || measure != lastKey.measure()
                    || !branch.equals(lastKey.branch())) {
                lastRelease = known(releaseId);
                lastKey = new Key(branch, measure);
                lastFigures = published.computeIfAbsent(releaseId, r -> new LinkedHashMap<>())
                        .computeIfAbsent(lastKey, k -> new TreeMap<>());
            }
            if (lastFigures.put(month, Vintages.Value.of(lastRelease, amount, status, source)) == null) {
                figureCounts.merge(releaseId, 1, Integer::sum);
            }
            return this;
        }

        private ReleaseInfo known(long releaseId) {
            ReleaseInfo release = releases.get(releaseId);
            if (release == null) {
                throw new IllegalArgumentException("figures of unknown release " + releaseId);
            }
            return release;
        }

        private Series.Builder series(Key key) {
            return series.computeIfAbsent(key, k -> {
                Map<Measure, Series> byMeasure = base == null ? null : base.cells.get(k.branch());
                Series before = byMeasure == null ? null : byMeasure.get(k.measure());
                return before == null ? new Series.Builder() : new Series.Builder(before);
            });
        }

        /**
         * What the database must write for the figures given to {@link #observation}, after {@link #build}: each
         * release's own rows, and entries for rows of later releases that inherited a value a new release replaces.
         */
        public List<SeriesWrite> writes() {
            return writes;
        }

        public Snapshot build() {
            return build(write -> { });
        }

        /**
         * Builds the snapshot and hands each write the database needs to {@code each} as soon as it is worked out
         * (one series at a time), so that an import can store rows while the next series are being shared.
         */
        public Snapshot build(java.util.function.Consumer<SeriesWrite> each) {
            lastFigures = null;
            writes.clear();
            published.forEach((releaseId, bySeries) -> bySeries.forEach((key, figures) -> {
                for (Series.Write w : series(key).publish(releases.get(releaseId), figures)) {
                    SeriesWrite write = SeriesWrite.of(key.branch(), key.measure(), w);
                    writes.add(write);
                    each.accept(write);
                }
            }));
            published.clear();
            Map<String, Map<Measure, Series>> frozen = new HashMap<>();
            if (base != null) {
                base.cells.forEach((branch, byMeasure) -> frozen.put(branch, new EnumMap<>(byMeasure.isEmpty()
                        ? new EnumMap<>(Measure.class) : byMeasure)));
            }
            series.forEach((key, builder) -> frozen.computeIfAbsent(key.branch(), b -> new EnumMap<>(Measure.class))
                    .put(key.measure(), builder.build()));
            frozen.replaceAll((branch, byMeasure) -> Collections.unmodifiableMap(byMeasure));
            List<BranchInfo> sortedBranches = new ArrayList<>(branches.values());
            sortedBranches.sort(Comparator.comparingInt(BranchInfo::sortOrder).thenComparing(BranchInfo::code));
            List<ReleaseInfo> sortedReleases = new ArrayList<>(releases.values());
            sortedReleases.sort(RELEASE_ORDER);
            return new Snapshot(version, sortedBranches, sortedReleases, Collections.unmodifiableMap(frozen), figureCounts,
                    europe);
        }
    }
}
