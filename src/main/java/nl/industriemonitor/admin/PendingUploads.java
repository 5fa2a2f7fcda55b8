package nl.industriemonitor.admin;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Files shown in a preview and not yet imported, for 30 minutes, by an unguessable id. Only the
 * bytes are kept (re-read on import); the import goes ahead only if the file still reads to the
 * same releases and the data did not change since the preview.
 */
@ApplicationScoped
public class PendingUploads {

    /** One previewed file, for the administrator who uploaded it. */
    record Upload(String user, String fileName, byte[] content, List<String> checksums, long dataVersion) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    // a handful of uploads at most (20 MB each): a preview is a short step, not a store
    private final Cache<String, Upload> uploads = Caffeine.newBuilder().maximumSize(4)
            .expireAfterWrite(Duration.ofMinutes(30)).build();

    String put(Upload upload) {
        byte[] id = new byte[18];
        RANDOM.nextBytes(id);
        String key = HexFormat.of().formatHex(id);
        uploads.put(key, upload);
        return key;
    }

    /** The upload, only for the administrator who made it; taken out, so it is imported at most once. */
    Optional<Upload> take(String id, String user) {
        if (id == null) {
            return Optional.empty();
        }
        Upload upload = uploads.getIfPresent(id);
        if (upload == null || !upload.user().equals(user)) {
            return Optional.empty();
        }
        uploads.invalidate(id);
        return Optional.of(upload);
    }

    void discard(String id) {
        if (id != null) {
            uploads.invalidate(id);
        }
    }
}
