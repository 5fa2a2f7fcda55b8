package nl.industriemonitor.imports;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.criteria.CriteriaQuery;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The fingerprint of a bundled data file as last imported: a restart with the same files then costs one
 * small query instead of parsing and comparing every release.
 */
@Entity
@Table(name = "bundled_file")
public class BundledFile extends PanacheEntityBase {

    @Id
    @Column(length = 200)
    public String name;

    /** SHA-256 of the content last imported. */
    @Column(nullable = false, length = 64)
    public String sha256;

    /**
     * A {@code timestamp} column in the JVM's time zone, as the rows written before Hibernate (java.sql.Timestamp)
     * hold it; not Hibernate's default for an Instant, which stores UTC.
     */
    @JdbcTypeCode(SqlTypes.TIMESTAMP)
    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    /** File name → SHA-256 of the content last imported. Asked at every start: a criteria query (see Release.all()). */
    public static Map<String, String> fingerprints() {
        CriteriaQuery<BundledFile> query = getEntityManager().getCriteriaBuilder().createQuery(BundledFile.class);
        query.select(query.from(BundledFile.class));
        return getEntityManager().createQuery(query).getResultStream()
                .collect(Collectors.toMap(f -> f.name, f -> f.sha256));
    }

    /** Records the fingerprints after a successful import (inside the caller's transaction). */
    public static void remember(Map<String, String> fingerprints) {
        Instant now = Instant.now();
        fingerprints.forEach((name, sha256) -> {
            BundledFile file = BundledFile.<BundledFile>findByIdOptional(name).orElseGet(BundledFile::new);
            file.name = name;
            file.sha256 = sha256;
            file.importedAt = now;
            file.persist();
        });
    }
}
