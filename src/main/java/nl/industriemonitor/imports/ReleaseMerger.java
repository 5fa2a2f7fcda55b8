package nl.industriemonitor.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Measure;

/**
 * Groups rows by release date into one release each. Rows of one release may come from several
 * sources; the same figure twice is fine, two different values for it refuse the import.
 */
final class ReleaseMerger {

    private record CellKey(String branch, YearMonth month, Measure measure) {
    }

    private static final class Group {
        final Map<CellKey, ImportedCell> cells = new LinkedHashMap<>();
        final TreeSet<String> sources = new TreeSet<>();
        boolean exact;
    }

    private final Dataset dataset;
    /** Keyed by release date; null (undated) is a key of its own. */
    private final Map<LocalDate, Group> groups = new LinkedHashMap<>();

    ReleaseMerger(Dataset dataset) {
        this.dataset = dataset;
    }

    void add(String where, LocalDate published, boolean exact, String source, List<ImportedCell> cells,
             List<ImportProblem> problems) {
        Group group = groups.computeIfAbsent(published, p -> new Group());
        // the release lists its sources in one column of 4000 characters
        if (group.sources.add(source) && String.join("; ", group.sources).length() > ImportLimits.RELEASE_SOURCE) {
            group.sources.remove(source);
            problems.add(new ImportProblem(where, "source", "the sources of the release of "
                    + (published == null ? "an undated release" : published) + " together exceed "
                    + ImportLimits.RELEASE_SOURCE + " characters; name fewer or shorter sources"));
            return;
        }
        // One source stating the exact date is enough to know it.
        group.exact |= exact;
        for (ImportedCell cell : cells) {
            CellKey key = new CellKey(cell.branchCode(), cell.month(), cell.measure());
            ImportedCell earlier = group.cells.get(key);
            if (earlier == null) {
                group.cells.put(key, cell);
            } else if (earlier.amount().compareTo(cell.amount()) != 0) {
                problems.add(new ImportProblem(cell.origin(), cell.measure().code, "value " + cell.amount()
                        + " contradicts " + earlier.amount() + " in " + earlier.origin()
                        + " for the same figure (" + cell.branchCode() + ", " + cell.month() + ") in the release of "
                        + (published == null ? "an undated release" : published)));
            } else if (earlier.status().leastFinal(cell.status()) != earlier.status()) {
                group.cells.put(key, cell); // provisional if any source says so
            }
        }
    }

    /**
     * Merges releases read from several files: batches with the same publication date become one release,
     * each figure keeping its own source; a figure with two different values refuses the whole merge.
     */
    static List<ReleaseBatch> merge(Dataset dataset, List<ReleaseBatch> batches) throws ImportRejectedException {
        ReleaseMerger merger = new ReleaseMerger(dataset);
        List<ImportProblem> problems = new ArrayList<>();
        for (ReleaseBatch batch : batches) {
            Map<String, List<ImportedCell>> bySource = new LinkedHashMap<>();
            for (ImportedCell cell : batch.cells()) {
                bySource.computeIfAbsent(cell.source() == null ? batch.source() : cell.source(), s -> new ArrayList<>())
                        .add(cell);
            }
            bySource.forEach((source, cells) -> merger.add(cells.get(0).origin(), batch.published(),
                    batch.publishedExact(), source, cells, problems));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return merger.batches();
    }

    /** True while no row has given a figure. */
    boolean isEmpty() {
        return groups.values().stream().allMatch(g -> g.cells.isEmpty());
    }

    List<ReleaseBatch> batches() {
        List<ReleaseBatch> result = new ArrayList<>();
        groups.forEach((published, group) -> {
            if (!group.cells.isEmpty()) {
                result.add(new ReleaseBatch(dataset, published, published != null && group.exact,
                        String.join("; ", group.sources), new ArrayList<>(group.cells.values())));
            }
        });
        result.sort((a, b) -> Objects.compare(a.published(), b.published(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return result;
    }
}
