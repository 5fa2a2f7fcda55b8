package nl.industriemonitor.admin;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Files shown in a preview and not yet imported, for 30 minutes, by an unguessable id. They are kept in
 * the database (table {@code pending_upload}), so that the confirmation may reach any instance behind a
 * load balancer. Only the bytes are kept (re-read on import); the import goes ahead only if the file
 * still reads to the same releases and the data did not change since the preview.
 */
@ApplicationScoped
public class PendingUploads {

    /** One previewed file, for the administrator who uploaded it. */
    record Upload(String user, String fileName, byte[] content, List<String> checksums, long dataVersion) {
    }

    static final Duration KEPT = Duration.ofMinutes(30);
    // a preview is a short step, not a store: an administrator's older previews go when a fifth arrives
    private static final int PER_USER = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Transactional
    String put(Upload upload) {
        byte[] id = new byte[18];
        RANDOM.nextBytes(id);
        PendingUpload row = new PendingUpload();
        row.id = HexFormat.of().formatHex(id);
        row.uploadedBy = upload.user();
        row.fileName = upload.fileName();
        row.content = upload.content();
        row.checksums = String.join("\n", upload.checksums());
        row.dataVersion = upload.dataVersion();
        row.createdAt = now();
        PendingUpload.forgetCreatedUpTo(now().minus(KEPT));
        PendingUpload.keepNewest(upload.user(), PER_USER - 1);
        row.persist();
        return row.id;
    }

    /**
     * The upload, only for the administrator who made it and only within 30 minutes; deleted as it is
     * taken, and only the instance whose delete removed the row gets it, so it is imported at most once.
     */
    @Transactional
    Optional<Upload> take(String id, String user) {
        if (id == null || user == null) {
            return Optional.empty();
        }
        Optional<Upload> upload = PendingUpload.<PendingUpload>find("id = ?1 and uploadedBy = ?2 and createdAt > ?3",
                id, user, now().minus(KEPT)).firstResultOptional().map(PendingUploads::upload);
        if (upload.isEmpty()) {
            return upload;
        }
        return PendingUpload.delete("id", id) == 1 ? upload : Optional.empty();
    }

    @Transactional
    void discard(String id) {
        if (id != null) {
            PendingUpload.deleteById(id);
        }
    }

    private static Upload upload(PendingUpload row) {
        List<String> checksums = row.checksums.isEmpty() ? List.of() : Arrays.asList(row.checksums.split("\n", -1));
        return new Upload(row.uploadedBy, row.fileName, row.content, checksums, row.dataVersion);
    }

    /** UTC, so that instances in different time zones agree on the age of an upload. */
    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
