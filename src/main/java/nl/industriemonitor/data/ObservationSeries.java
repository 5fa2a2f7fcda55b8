package nl.industriemonitor.data;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The figures of one release for one branch and measure (migrations V6, V7): parallel arrays, months
 * ascending, the i-th month's amount, whether CBS called it provisional, whether that is nader voorlopig
 * (revised once, printed {@code **}), and its own source (null: the release's). A figure is keyed by (branch, month, measure, release): this row's key and its place in
 * {@link #periodMonths}. A full CBS table is about 200 such rows instead of 83 000 (docs/benchmarks.md).
 *
 * <p>Shared between releases (V10): a row with {@link #heldFrom} published every month of its range and holds
 * only the figures that differ from the release before it in release order; the rest it published again
 * unchanged ({@code Series} in the snapshot). A row without a range holds every figure of its release.
 */
@Entity
@Table(name = "observation_series")
public class ObservationSeries extends PanacheEntityBase {

    /** Release, branch and measure; the schema's foreign keys tie the first two to their tables. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "release_id", nullable = false)
        public long releaseId;

        @Column(name = "branch_code", nullable = false, length = 40)
        public String branchCode;

        /** {@link Measure#code}: a stable internal name, not the Java constant. */
        @Column(nullable = false, length = 32)
        public String measure;

        public Key() {
        }

        public Key(long releaseId, String branchCode, Measure measure) {
            this.releaseId = releaseId;
            this.branchCode = branchCode;
            this.measure = measure.code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.releaseId == releaseId && k.branchCode.equals(branchCode)
                    && k.measure.equals(measure);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(releaseId) * 31 * 31 + branchCode.hashCode() * 31 + measure.hashCode();
        }
    }

    /** Receives the figures of a series one by one. */
    @FunctionalInterface
    public interface FigureSink {
        void figure(long release, String branch, YearMonth month, Measure measure, BigDecimal amount,
                    FigureStatus status, String source);
    }

    @EmbeddedId
    public Key id;

    /** The first day of each month. */
    @Column(name = "period_months", nullable = false)
    public LocalDate[] periodMonths;

    @Column(nullable = false)
    public BigDecimal[] amounts;

    @Column(nullable = false)
    public Boolean[] provisional;

    @Column(nullable = false)
    public String[] sources;

    /**
     * Which provisional figures CBS called nader voorlopig; null when none is (and in rows stored before V7,
     * which knew two states only).
     */
    @Column(name = "revised_provisional")
    public Boolean[] revisedProvisional;

    /** The first month the release published in this series when its arrays hold only what changed, else null. */
    @Column(name = "held_from")
    public LocalDate heldFrom;

    /** The last month of that range (first day), or null. */
    @Column(name = "held_to")
    public LocalDate heldTo;

    /** The months of that range without a figure (cells CBS left empty), ascending; null when none. */
    @Column(name = "held_absent")
    public LocalDate[] heldAbsent;

    /** A new row for what an import worked out for one release's series. */
    public static ObservationSeries of(SeriesWrite write) {
        ObservationSeries row = new ObservationSeries();
        row.id = new Key(write.releaseId(), write.branch(), write.measure());
        row.heldFrom = write.heldFrom() == null ? null : write.heldFrom().atDay(1);
        row.heldTo = write.heldTo() == null ? null : write.heldTo().atDay(1);
        row.heldAbsent = write.absent().isEmpty() ? null
                : write.absent().stream().map(m -> m.atDay(1)).toArray(LocalDate[]::new);
        row.periodMonths = new LocalDate[0];
        row.amounts = new BigDecimal[0];
        row.provisional = new Boolean[0];
        row.sources = new String[0];
        row.add(write.entries());
        return row;
    }

    /** Adds figures of months this row does not hold yet, keeping the months ascending. */
    public void add(java.util.List<SeriesWrite.Entry> entries) {
        java.util.TreeMap<LocalDate, SeriesWrite.Entry> all = new java.util.TreeMap<>();
        for (int i = 0; i < periodMonths.length; i++) {
            FigureStatus status = !provisional[i] ? FigureStatus.DEFINITIEF
                    : revisedProvisional != null && revisedProvisional[i] ? FigureStatus.NADER_VOORLOPIG
                    : FigureStatus.VOORLOPIG;
            all.put(periodMonths[i], new SeriesWrite.Entry(YearMonth.from(periodMonths[i]), amounts[i], status, sources[i]));
        }
        for (SeriesWrite.Entry entry : entries) {
            if (all.putIfAbsent(entry.month().atDay(1), entry) != null) {
                throw new IllegalStateException("series " + id.releaseId + "/" + id.branchCode + "/" + id.measure
                        + " already holds " + entry.month());
            }
        }
        int n = all.size();
        periodMonths = new LocalDate[n];
        amounts = new BigDecimal[n];
        provisional = new Boolean[n];
        sources = new String[n];
        Boolean[] revised = new Boolean[n];
        boolean anyRevised = false;
        int i = 0;
        for (SeriesWrite.Entry entry : all.values()) {
            periodMonths[i] = entry.month().atDay(1);
            amounts[i] = entry.amount();
            provisional[i] = entry.status().provisional();
            revised[i] = entry.status().revisedProvisional();
            anyRevised |= revised[i];
            sources[i] = entry.source();
            i++;
        }
        // most series have none: no array to store
        revisedProvisional = anyRevised ? revised : null;
    }

    /** How many figures the release published in this series (a range counts every month in it but the absent). */
    public static int figureCount(LocalDate heldFrom, LocalDate heldTo, LocalDate[] absent, LocalDate[] months) {
        return heldFrom == null ? months.length
                : (int) YearMonth.from(heldFrom).until(YearMonth.from(heldTo), java.time.temporal.ChronoUnit.MONTHS) + 1
                - (absent == null ? 0 : absent.length);
    }

    public Measure measure() {
        return measureOf(id.measure);
    }

    /** The figures of this row, in month order. */
    public void figures(FigureSink sink) {
        figures(id.releaseId, id.branchCode, id.measure, periodMonths, amounts, provisional, revisedProvisional, sources,
                sink);
    }

    /** The single place that turns a stored series (entity or projection of its columns) back into figures. */
    public static void figures(long release, String branch, String measureCode, LocalDate[] months,
                               BigDecimal[] amounts, Boolean[] provisional, Boolean[] revisedProvisional,
                               String[] sources, FigureSink sink) {
        Measure measure = measureOf(measureCode);
        for (int i = 0; i < months.length; i++) {
            FigureStatus status = !provisional[i] ? FigureStatus.DEFINITIEF
                    : revisedProvisional != null && revisedProvisional[i] ? FigureStatus.NADER_VOORLOPIG
                    : FigureStatus.VOORLOPIG;
            sink.figure(release, branch, YearMonth.from(months[i]), measure, amounts[i], status, sources[i]);
        }
    }

    static Measure measureOf(String code) {
        return Measure.byCode(code).orElseThrow(() -> new IllegalStateException("unknown measure in database: " + code));
    }
}
