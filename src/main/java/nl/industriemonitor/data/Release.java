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

    public static Optional<Release> withContent(Dataset dataset, String checksum) {
        return find("dataset = ?1 and checksum = ?2", dataset, checksum).firstResultOptional();
    }


    public ReleaseInfo info() {
        return new ReleaseInfo(id, dataset, published, publishedExact, source, importedAt);
    }
}
