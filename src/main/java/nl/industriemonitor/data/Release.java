package nl.industriemonitor.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One imported vintage of a CBS table with its provenance: where it came from, when it was published and imported. */
@Entity
@Table(name = "data_release")
public class Release extends PanacheEntityBase {

    /** How many releases are stored and the newest id: what a snapshot of the database shows. */
    public record Count(long releases, long newestId) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Dataset dataset;

    /** Null only when the source states no date. */
    public LocalDate published;

    @Column(name = "published_exact", nullable = false)
    public boolean publishedExact;

    @Column(nullable = false, length = 4000)
    public String source;

    /**
     * A {@code timestamp} column in the JVM's time zone, as the rows written before Hibernate (java.sql.Timestamp)
     * hold it; not Hibernate's default for an Instant, which stores UTC.
     */
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    /** SHA-256 of the release's content: the same content is stored once per dataset. */
    @Column(nullable = false, length = 64)
    public String checksum;

    @Column(name = "cell_count", nullable = false)
    public int cellCount;

    /** An administrator's name, or what imported it by itself ("scheduled CBS refresh"); null before V4. */
    @Column(name = "imported_by", length = 200)
    public String importedBy;

    /** The source's own "last changed" stamp (CBS TableInfos.Modified); null when it has none. */
    @Column(name = "source_modified")
    public LocalDateTime sourceModified;

    public static boolean withContent(Dataset dataset, String checksum) {
        return count("dataset = ?1 and checksum = ?2", dataset, checksum) > 0;
    }

    /** The newest "last changed" stamp of a table among the stored releases, if any. */
    public static Optional<LocalDateTime> lastSourceModified(Dataset dataset) {
        return find("select max(sourceModified) from Release where dataset = ?1", dataset)
                .project(LocalDateTime.class).firstResultOptional();
    }

    /** Every release, newest import first, for the administrators' list. */
    public static List<Release> newestImportFirst() {
        return list("order by importedAt desc, id desc");
    }

    /** One small query, cheap enough to ask every few seconds. A criteria query, as at start (see {@link #all()}). */
    public static Count stored() {
        CriteriaBuilder cb = getEntityManager().getCriteriaBuilder();
        CriteriaQuery<Count> query = cb.createQuery(Count.class);
        Root<Release> release = query.from(Release.class);
        query.select(cb.construct(Count.class, cb.count(release), cb.coalesce(cb.max(release.<Long>get("id")), 0L)));
        return getEntityManager().createQuery(query).getSingleResult();
    }

    /**
     * Every release. Read at start, so a criteria query: HQL text would be parsed first, and the first parse of
     * a run (the HQL grammar warming up) costs more start-up time than all else Hibernate does (docs/benchmarks.md).
     */
    public static List<Release> all() {
        CriteriaQuery<Release> query = getEntityManager().getCriteriaBuilder().createQuery(Release.class);
        query.select(query.from(Release.class));
        return getEntityManager().createQuery(query).getResultList();
    }

    public ReleaseInfo info() {
        return new ReleaseInfo(id, dataset, published, publishedExact, source, importedAt);
    }
}
