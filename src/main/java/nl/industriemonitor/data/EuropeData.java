package nl.industriemonitor.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Eurostat's figures (production volume per country and NACE division) with every vintage, immutable, beside the
 * CBS {@link Snapshot} that carries it and never mixed into its cells. Its releases are its own: CBS's pages,
 * release lists and feeds do not see them.
 */
public final class EuropeData {

    /** NACE codes as Eurostat writes them within manufacturing: C, or C and a two-digit division. */
    private static final Pattern NACE = Pattern.compile("C(\\d{2})?");
    private static final Pattern DIVISION = Pattern.compile("\\d{2}");
    /** Manufacturing first, then the divisions in number order. */
    public static final Comparator<String> NACE_ORDER = Comparator.comparing(String::length).thenComparing(c -> c);

    /** One published figure of one country, with Eurostat's status flag (null: none given) and its release. */
    public record Figure(BigDecimal amount, String flag, ReleaseInfo release) {
        /** Eurostat's flag "p" (it may come with others, such as "ep"). */
        public boolean provisional() {
            return flag != null && flag.indexOf('p') >= 0;
        }
    }

    private static final EuropeData EMPTY = new Builder().build();

    private final List<ReleaseInfo> releases;
    /** nace → geo → month → vintages in release order (oldest first). */
    private final Map<String, Map<String, NavigableMap<YearMonth, List<Figure>>>> cells;
    private final Map<Long, Integer> figureCounts;

    private EuropeData(List<ReleaseInfo> releases, Map<String, Map<String, NavigableMap<YearMonth, List<Figure>>>> cells,
                       Map<Long, Integer> figureCounts) {
        this.releases = List.copyOf(releases);
        this.cells = cells;
        this.figureCounts = Map.copyOf(figureCounts);
    }

    public static EuropeData empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether releases of {@code dataset} belong here rather than to the CBS snapshot. */
    public static boolean holds(Dataset dataset) {
        return dataset == Dataset.EUROSTAT_PRODUCTION;
    }

    /** The NACE code Eurostat gives a CBS branch: 20 → C20, C → C; empty for CBS's aggregates and groupings. */
    public static Optional<String> nace(String branchCode) {
        if (BranchInfo.TOTAL.equals(branchCode)) {
            return Optional.of(BranchInfo.TOTAL);
        }
        return branchCode != null && DIVISION.matcher(branchCode).matches() ? Optional.of("C" + branchCode)
                : Optional.empty();
    }

    /** The CBS branch of a NACE code: C20 → 20, C → C. */
    public static String branch(String nace) {
        return nace.length() > 1 ? nace.substring(1) : nace;
    }

    /** Whether {@code code} is a NACE code this app keeps (manufacturing or one of its divisions). */
    public static boolean isNace(String code) {
        return code != null && NACE.matcher(code).matches();
    }

    /** Every Eurostat release, in release order. */
    public List<ReleaseInfo> releases() {
        return releases;
    }

    public int figureCount(long releaseId) {
        return figureCounts.getOrDefault(releaseId, 0);
    }

    /** When the newest Eurostat release was imported (the start of time when there is none). */
    public Instant lastImport() {
        return releases.stream().map(ReleaseInfo::importedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    /** The figures as published on or before {@code date}; every import when null. */
    public View asOf(LocalDate date) {
        return new View(date);
    }

    /** The figures as known at one moment: the latest vintage of each, or the latest published by a date. */
    public final class View {
        private final LocalDate asOf;

        private View(LocalDate asOf) {
            this.asOf = asOf;
        }

        /** The releases this view can show, in release order. */
        public List<ReleaseInfo> releases() {
            return releases.stream().filter(r -> asOf == null || r.visibleAsOf(asOf)).toList();
        }

        /** Divisions with at least one figure in this view, manufacturing first. */
        public List<String> divisions() {
            return cells.keySet().stream().filter(nace -> !geos(nace).isEmpty()).sorted(NACE_ORDER).toList();
        }

        /** Countries and aggregates with at least one figure of {@code nace}, by code. */
        public List<String> geos(String nace) {
            Map<String, NavigableMap<YearMonth, List<Figure>>> byGeo = cells.getOrDefault(nace, Map.of());
            return byGeo.entrySet().stream().filter(e -> e.getValue().values().stream().anyMatch(v -> pick(v).isPresent()))
                    .map(Map.Entry::getKey).sorted().toList();
        }

        public Optional<Figure> figure(String nace, String geo, YearMonth month) {
            NavigableMap<YearMonth, List<Figure>> months = cells.getOrDefault(nace, Map.of()).get(geo);
            return months == null ? Optional.empty() : pick(months.get(month));
        }

        /** The first month with a figure of {@code nace} in any of {@code geos}. */
        public Optional<YearMonth> firstMonth(String nace, List<String> geos) {
            return months(nace, geos).stream().min(Comparator.naturalOrder());
        }

        /** The last month with a figure of {@code nace} in any of {@code geos}. */
        public Optional<YearMonth> lastMonth(String nace, List<String> geos) {
            return months(nace, geos).stream().max(Comparator.naturalOrder());
        }

        private List<YearMonth> months(String nace, List<String> geos) {
            Map<String, NavigableMap<YearMonth, List<Figure>>> byGeo = cells.getOrDefault(nace, Map.of());
            List<YearMonth> months = new ArrayList<>();
            for (String geo : geos) {
                byGeo.getOrDefault(geo, Collections.emptyNavigableMap()).forEach((month, figures) -> {
                    if (pick(figures).isPresent()) {
                        months.add(month);
                    }
                });
            }
            return months;
        }

        private Optional<Figure> pick(List<Figure> figures) {
            if (figures == null) {
                return Optional.empty();
            }
            for (int i = figures.size() - 1; i >= 0; i--) {
                if (asOf == null || figures.get(i).release().visibleAsOf(asOf)) {
                    return Optional.of(figures.get(i));
                }
            }
            return Optional.empty();
        }
    }

    /** Collects releases and figures, then sorts the vintages once. */
    public static final class Builder {
        private final Map<Long, ReleaseInfo> releases = new HashMap<>();
        private final Map<String, Map<String, NavigableMap<YearMonth, List<Figure>>>> cells = new HashMap<>();
        private final Map<Long, Integer> figureCounts = new HashMap<>();

        private Builder() {
        }

        public Builder release(ReleaseInfo release) {
            releases.put(release.id(), release);
            return this;
        }

        /** Adds the figures of one stored row, of a release added before. */
        public Builder series(EuropeSeries row) {
            for (int i = 0; i < row.periodMonths.length; i++) {
                figure(row.id.releaseId, row.id.nace, row.id.geo, YearMonth.from(row.periodMonths[i]), row.amounts[i],
                        row.flags == null ? null : row.flags[i]);
            }
            return this;
        }

        /** Adds one figure of a release added before; the amount as published ({@link Snapshot#asPublished}). */
        public Builder figure(long releaseId, String nace, String geo, YearMonth month, BigDecimal amount, String flag) {
            ReleaseInfo release = releases.get(releaseId);
            if (release == null) {
                throw new IllegalArgumentException("Eurostat figure of unknown release " + releaseId);
            }
            cells.computeIfAbsent(nace, n -> new HashMap<>()).computeIfAbsent(geo, g -> new TreeMap<>())
                    .computeIfAbsent(month, m -> new ArrayList<>(1))
                    .add(new Figure(Snapshot.asPublished(amount), flag, release));
            figureCounts.merge(releaseId, 1, Integer::sum);
            return this;
        }

        public EuropeData build() {
            Comparator<Figure> order = Comparator.comparing(Figure::release, Snapshot.RELEASE_ORDER);
            Map<String, Map<String, NavigableMap<YearMonth, List<Figure>>>> frozen = new HashMap<>();
            cells.forEach((nace, byGeo) -> {
                Map<String, NavigableMap<YearMonth, List<Figure>>> geos = new HashMap<>();
                byGeo.forEach((geo, months) -> {
                    TreeMap<YearMonth, List<Figure>> sorted = new TreeMap<>();
                    months.forEach((month, figures) -> {
                        List<Figure> copy = new ArrayList<>(figures);
                        copy.sort(order);
                        sorted.put(month, List.copyOf(copy));
                    });
                    geos.put(geo, Collections.unmodifiableNavigableMap(sorted));
                });
                frozen.put(nace, Collections.unmodifiableMap(geos));
            });
            List<ReleaseInfo> sortedReleases = new ArrayList<>(releases.values());
            sortedReleases.sort(Snapshot.RELEASE_ORDER);
            return new EuropeData(sortedReleases, Collections.unmodifiableMap(frozen), figureCounts);
        }
    }
}
