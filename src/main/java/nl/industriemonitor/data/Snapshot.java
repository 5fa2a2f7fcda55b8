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
    public static final Comparator<ReleaseInfo> RELEASE_ORDER = Comparator
            .comparing(ReleaseInfo::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(ReleaseInfo::id);

    /** Stored amount (four decimals) → as published; bounded, past that each is worked out again. */
    private static final Map<BigDecimal, BigDecimal> PUBLISHED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PUBLISHED_MAX = 1 << 18;

    private final long version;
    private final List<BranchInfo> branches;
    private final Map<String, BranchInfo> branchByCode;
    private final List<ReleaseInfo> releases;
    /** branch → measure → month → vintages in release order (oldest first). */
    private final Map<String, Map<Measure, NavigableMap<YearMonth, List<Figure>>>> cells;
    private final DataView latest;
    private final Map<Long, Integer> figureCounts;
    /** Eurostat's figures: carried along, never part of the cells above. */
    private final EuropeData europe;

    private Snapshot(long version, List<BranchInfo> branches, List<ReleaseInfo> releases,
                     Map<String, Map<Measure, NavigableMap<YearMonth, List<Figure>>>> cells,
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

    /** Every published value of one figure, oldest release first. */
    public List<Figure> vintages(String branch, YearMonth month, Measure measure) {
        NavigableMap<YearMonth, List<Figure>> months = months(branch, measure);
        List<Figure> list = months == null ? null : months.get(month);
        return list == null ? List.of() : list;
    }

    /** Months that have any value of this measure for this branch, ascending. */
    public List<YearMonth> months(String branch, Measure measure, LocalDate asOf) {
        NavigableMap<YearMonth, List<Figure>> months = months(branch, measure);
        if (months == null) {
            return List.of();
        }
        List<YearMonth> result = new ArrayList<>();
        months.forEach((month, figures) -> {
            if (asOf == null || figures.get(0).release().visibleAsOf(asOf)) {
                result.add(month);
            }
        });
        return result;
    }

    private NavigableMap<YearMonth, List<Figure>> months(String branch, Measure measure) {
        Map<Measure, NavigableMap<YearMonth, List<Figure>>> byMeasure = cells.get(branch);
        return byMeasure == null ? null : byMeasure.get(measure);
    }

    private static Optional<Figure> pick(List<Figure> figures, LocalDate asOf) {
        if (figures == null || figures.isEmpty()) {
            return Optional.empty();
        }
        if (asOf == null) {
            return Optional.of(figures.get(figures.size() - 1));
        }
        Vintages vintages = figures instanceof Vintages v ? v : null;
        for (int i = figures.size() - 1; i >= 0; i--) {
            // the release alone decides: the figure is made only for the one picked
            if ((vintages != null ? vintages.release(i) : figures.get(i).release()).visibleAsOf(asOf)) {
                return Optional.of(figures.get(i));
            }
        }
        return Optional.empty();
    }

    /** A view with an optional publication cut-off. */
    private final class View implements DataView {
        private final LocalDate asOf;

        View(LocalDate asOf) {
            this.asOf = asOf;
        }

        @Override
        public Optional<Figure> figure(String branch, YearMonth month, Measure measure) {
            NavigableMap<YearMonth, List<Figure>> months = months(branch, measure);
            return months == null ? Optional.empty() : pick(months.get(month), asOf);
        }

        @Override
        public Optional<Figure> figure(String branch, YearMonth month, Measure measure, LocalDate publishedBy) {
            LocalDate cutoff = asOf == null || publishedBy.isBefore(asOf) ? publishedBy : asOf;
            NavigableMap<YearMonth, List<Figure>> months = months(branch, measure);
            return months == null ? Optional.empty() : pick(months.get(month), cutoff);
        }

        @Override
        public Optional<YearMonth> latestMonth(String branch, Measure measure) {
            NavigableMap<YearMonth, List<Figure>> months = months(branch, measure);
            return months == null || months.isEmpty() ? Optional.empty() : latestMonth(branch, measure, months.lastKey());
        }

        @Override
        public Optional<YearMonth> latestMonth(String branch, Measure measure, YearMonth notAfter) {
            NavigableMap<YearMonth, List<Figure>> months = months(branch, measure);
            if (months == null) {
                return Optional.empty();
            }
            for (Map.Entry<YearMonth, List<Figure>> e : months.headMap(notAfter, true).descendingMap().entrySet()) {
                if (pick(e.getValue(), asOf).isPresent()) {
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
     * Collects branches, releases and observations, then sorts vintages once. A builder seeded from a
     * snapshot ({@link #extend}) shares that snapshot's immutable series and copies only those that
     * receive new figures, so that an import costs its own size rather than the whole history.
     */
    public static final class Builder {
        private final long version;
        private final Snapshot base;
        private final Map<String, BranchInfo> branches = new LinkedHashMap<>();
        private final Map<Long, ReleaseInfo> releases = new HashMap<>();
        private final Map<String, Map<Measure, Map<YearMonth, Vintages.Collector>>> cells = new HashMap<>();
        private ReleaseInfo lastRelease;
        private String lastBranch;
        private Measure lastMeasure;
        private Map<YearMonth, Vintages.Collector> lastMonths;
        private final Map<Long, Integer> figureCounts = new HashMap<>();
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

        /** Adds one observation of a release added before, taken from the release's own source. */
        public Builder observation(long releaseId, String branch, YearMonth month, Measure measure,
                                   BigDecimal amount, boolean provisional) {
            return observation(releaseId, branch, month, measure, amount, provisional, null);
        }

        /** Adds one observation of a release added before; {@code source} null means the release's. */
        public Builder observation(long releaseId, String branch, YearMonth month, Measure measure,
                                   BigDecimal amount, boolean provisional, String source) {
            return observation(releaseId, branch, month, measure, amount, FigureStatus.of(provisional), source);
        }

        /** As above, with CBS's three states (storage keeps two until it learns the third). */
        public Builder observation(long releaseId, String branch, YearMonth month, Measure measure,
                                   BigDecimal amount, FigureStatus status, String source) {
            // figures come a series at a time (SnapshotLoader): its release and months are looked up once
            if (lastMonths == null || releaseId != lastRelease.id() || measure != lastMeasure || !branch.equals(lastBranch)) {
                ReleaseInfo release = releases.get(releaseId);
                if (release == null) {
                    throw new IllegalArgumentException("observation of unknown release " + releaseId);
                }
                lastRelease = release;
                lastBranch = branch;
                lastMeasure = measure;
                // a tree: YearMonth's hash puts the twelve months of a year in one bucket of a small hash map
                lastMonths = cells.computeIfAbsent(branch, b -> new EnumMap<>(Measure.class))
                        .computeIfAbsent(measure, m -> new TreeMap<>());
            }
            lastMonths.computeIfAbsent(month, m -> new Vintages.Collector()).add(lastRelease, amount, status, source);
            figureCounts.merge(releaseId, 1, Integer::sum);
            return this;
        }

        public Snapshot build() {
            Map<String, Map<Measure, NavigableMap<YearMonth, List<Figure>>>> frozen =
                    base == null ? new HashMap<>() : new HashMap<>(base.cells);
            cells.forEach((branch, byMeasure) -> {
                Map<Measure, NavigableMap<YearMonth, List<Figure>>> measures = new EnumMap<>(Measure.class);
                Map<Measure, NavigableMap<YearMonth, List<Figure>>> before = frozen.get(branch);
                if (before != null) {
                    measures.putAll(before);
                }
                byMeasure.forEach((measure, months) -> {
                    NavigableMap<YearMonth, List<Figure>> old = measures.get(measure);
                    TreeMap<YearMonth, List<Figure>> sorted = old == null ? new TreeMap<>() : new TreeMap<>(old);
                    months.forEach((month, added) -> sorted.put(month, added.merge((Vintages) sorted.get(month), RELEASE_ORDER)));
                    measures.put(measure, Collections.unmodifiableNavigableMap(sorted));
                });
                frozen.put(branch, Collections.unmodifiableMap(measures));
            });
            List<BranchInfo> sortedBranches = new ArrayList<>(branches.values());
            sortedBranches.sort(Comparator.comparingInt(BranchInfo::sortOrder).thenComparing(BranchInfo::code));
            List<ReleaseInfo> sortedReleases = new ArrayList<>(releases.values());
            sortedReleases.sort(RELEASE_ORDER);
            return new Snapshot(version, sortedBranches, sortedReleases, Collections.unmodifiableMap(frozen), figureCounts,
                    europe);
        }
    }
}
