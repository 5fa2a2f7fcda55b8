package nl.industriemonitor.data;

import java.time.Instant;
import java.time.LocalDate;
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

/** One imported vintage of a CBS table: where it came from, when it was published and imported. */
@Entity
@Table(name = "data_release")
public class Release extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Dataset dataset;

    public LocalDate published;

    @Column(name = "published_exact", nullable = false)
    public boolean publishedExact;

    @Column(nullable = false)
    public String source;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(nullable = false)
    public String checksum;

    @Column(name = "cell_count", nullable = false)
    public int cellCount;

    /** An administrator's name, or what imported it by itself ("scheduled CBS refresh"); null before V4. */
    @Column(name = "imported_by")
    public String importedBy;

    /** The source's own "last changed" stamp (CBS TableInfos.Modified); null when it has none. */
    @Column(name = "source_modified")
    public java.time.LocalDateTime sourceModified;

    public static Optional<Release> withContent(Dataset dataset, String checksum) {
        return find("dataset = ?1 and checksum = ?2", dataset, checksum).firstResultOptional();
    }

    /** The newest "last changed" stamp of the CBS table among the stored releases, if any. */
    public static Optional<java.time.LocalDateTime> lastSourceModified(Dataset dataset) {
        return find("select max(r.sourceModified) from Release r where r.dataset = ?1", dataset)
                .project(java.time.LocalDateTime.class).firstResultOptional();
    }

    /** Every release, newest import first, for the administrators' list. */
    public static java.util.List<Release> newestImportFirst() {
        return list("order by importedAt desc, id desc");
    }

    public ReleaseInfo info() {
        return new ReleaseInfo(id, dataset, published, publishedExact, source, importedAt);
    }
}
