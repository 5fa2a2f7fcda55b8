package nl.industriemonitor.data;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.criteria.CriteriaQuery;

import org.hibernate.jpa.HibernateHints;

/**
 * Eurostat's figures of one release for one NACE division and one country (migration V9): parallel arrays,
 * months ascending, the i-th month's amount and Eurostat's status flag. Apart from {@link ObservationSeries}:
 * CBS's figures never mix with another source's.
 */
@Entity
@Table(name = "europe_series")
public class EuropeSeries extends PanacheEntityBase {

    /** Release, division and country; the schema ties the release to {@code data_release}. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "release_id", nullable = false)
        public long releaseId;

        /** NACE Rev. 2 as Eurostat writes it: C20, or C for manufacturing. */
        @Column(nullable = false, length = 20)
        public String nace;

        /** Eurostat's country or aggregate code: NL, DE, EU27_2020, EL, ... */
        @Column(nullable = false, length = 20)
        public String geo;

        public Key() {
        }

        public Key(long releaseId, String nace, String geo) {
            this.releaseId = releaseId;
            this.nace = nace;
            this.geo = geo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.releaseId == releaseId && k.nace.equals(nace) && k.geo.equals(geo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(releaseId, nace, geo);
        }
    }

    @EmbeddedId
    public Key id;

    /** The first day of each month. */
    @Column(name = "period_months", nullable = false)
    public LocalDate[] periodMonths;

    @Column(nullable = false)
    public BigDecimal[] amounts;

    /** Eurostat's status per figure ("p": provisional; null: none); null when the source gave no status at all. */
    public String[] flags;

    /** Every row. Read at start: a criteria query, as {@link Release#all()} explains. */
    public static List<EuropeSeries> all() {
        CriteriaQuery<EuropeSeries> query = getEntityManager().getCriteriaBuilder().createQuery(EuropeSeries.class);
        query.select(query.from(EuropeSeries.class));
        // read-only: nothing is changed, so the commit has no arrays to compare
        return getEntityManager().createQuery(query).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }
}
