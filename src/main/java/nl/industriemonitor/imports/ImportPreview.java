package nl.industriemonitor.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.industriemonitor.analysis.NewMonths;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;

/**
 * What importing some releases would change, compared with the figures served now as they stood on
 * each release's date (the latest value of every cell up to then; for an undated release, the latest of
 * all): new cells, revised cells with old and new value, unchanged cells, and releases that are already
 * stored (same content) and would be skipped. A release of an earlier date is so compared with what was
 * known then, not with the revisions published after it.
 */
public record ImportPreview(List<ReleasePreview> releases) {

    /** One release of the file; {@code added} as on the public release page, months compressed into ranges. */
    public record ReleasePreview(Dataset dataset, LocalDate published, String source, boolean alreadyStored,
                                 int figures, List<NewMonths> added, List<Revision> revised, int unchanged) {
        public int addedCount() {
            return added.stream().mapToInt(NewMonths::figures).sum();
        }
    }

    /** One figure whose value would change. */
    public record Revision(String branch, YearMonth month, Measure measure, BigDecimal before, BigDecimal after) {
        /** After minus before, in the unit of the measure (points for percentages and indices). */
        public BigDecimal difference() {
            return after.subtract(before);
        }
    }

    public boolean changesAnything() {
        return releases.stream().anyMatch(r -> !r.alreadyStored());
    }

    public int revisedCount() {
        return releases.stream().mapToInt(r -> r.revised().size()).sum();
    }

    public int addedCount() {
        return releases.stream().mapToInt(ReleasePreview::addedCount).sum();
    }

    /**
     * Compares every batch with {@code current}; {@code stored} holds the content checksums already
     * in the database (see {@link #checksums}), whose batches would be skipped.
     */
    public static ImportPreview of(List<ReleaseBatch> batches, Snapshot current, Set<String> stored) {
        List<ReleasePreview> previews = new ArrayList<>();
        for (ReleaseBatch batch : batches) {
            previews.add(preview(batch, current.asOf(batch.published()), stored.contains(ReleaseChecksum.of(batch))));
        }
        return new ImportPreview(List.copyOf(previews));
    }

    /** The content checksum of each batch, to look up which are already stored. */
    public static List<String> checksums(List<ReleaseBatch> batches) {
        return batches.stream().map(ReleaseChecksum::of).toList();
    }

    private static ReleasePreview preview(ReleaseBatch batch, DataView current, boolean alreadyStored) {
        Map<String, Map<Measure, TreeSet<YearMonth>>> added = new TreeMap<>();
        List<Revision> revised = new ArrayList<>();
        int unchanged = 0;
        for (ImportedCell cell : batch.cells()) {
            var before = current.figure(cell.branchCode(), cell.month(), cell.measure()).map(Figure::amount);
            if (before.isEmpty()) {
                NewMonths.add(added, cell.branchCode(), cell.measure(), cell.month());
            } else if (before.get().compareTo(cell.amount()) != 0) {
                revised.add(new Revision(cell.branchCode(), cell.month(), cell.measure(), before.get(), cell.amount()));
            } else {
                unchanged++;
            }
        }
        revised.sort(Comparator.comparing((Revision r) -> r.difference().abs()).reversed()
                .thenComparing(Revision::branch).thenComparing(Revision::month).thenComparing(Revision::measure));
        return new ReleasePreview(batch.dataset(), batch.published(), batch.source(), alreadyStored,
                batch.cells().size(), NewMonths.group(added), List.copyOf(revised), unchanged);
    }
}
