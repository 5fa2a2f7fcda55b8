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

    private static Measure measureOf(String code) {
        return Measure.byCode(code).orElseThrow(() -> new IllegalStateException("unknown measure in database: " + code));
    }
}
