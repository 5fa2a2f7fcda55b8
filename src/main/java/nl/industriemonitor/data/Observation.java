package nl.industriemonitor.data;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One stored number, keyed by (branch, month, measure, release). Written in bulk by the importer;
 * pages read the {@link Snapshot}, never this table.
 */
@Entity
public class Observation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "release_id", nullable = false)
    public long releaseId;

    @Column(name = "branch_code", nullable = false)
    public String branchCode;

    @Column(name = "period_month", nullable = false)
    public LocalDate periodMonth;

    @Convert(converter = MeasureConverter.class)
    @Column(nullable = false)
    public Measure measure;

    @Column(nullable = false, precision = 14, scale = 4)
    public BigDecimal amount;

    @Column(nullable = false)
    public boolean provisional;

    /** The publication this number was taken from; null when it is the release's own source. */
    public String source;
}
