package nl.industriemonitor.admin;

import java.time.LocalDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A previewed upload waiting for its administrator's confirmation, which may reach another instance. Its id
 * is unguessable; a row older than {@link PendingUploads#KEPT} counts as gone; confirming deletes it, once.
 */
@Entity
@Table(name = "pending_upload")
public class PendingUpload extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String id;

    @Column(name = "uploaded_by", nullable = false, length = 200)
    public String uploadedBy;

    @Column(name = "file_name", nullable = false, length = 1000)
    public String fileName;

    /** The file's bytes, read again on confirmation. */
    @Column(nullable = false)
    public byte[] content;

    /** The checksums of the releases the preview showed, one per line. */
    @Column(nullable = false, length = 100000)
    public String checksums;

    /** The data version the preview was made against. */
    @Column(name = "data_version", nullable = false)
    public long dataVersion;

    /** UTC, so that instances in different time zones agree on the age of an upload. */
    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    static long forgetCreatedUpTo(LocalDateTime cutoff) {
        return delete("createdAt <= ?1", cutoff);
    }

    /** Deletes the user's uploads but the newest {@code keep}. */
    static void keepNewest(String user, int keep) {
        var ids = find("select id from PendingUpload where uploadedBy = ?1 order by createdAt desc", user)
                .project(String.class).list();
        if (ids.size() > keep) {
            delete("id in ?1", ids.subList(keep, ids.size()));
        }
    }
}
