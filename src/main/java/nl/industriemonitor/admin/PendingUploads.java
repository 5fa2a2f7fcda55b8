package nl.industriemonitor.admin;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    @Inject
    DataSource dataSource;

    String put(Upload upload) {
        byte[] id = new byte[18];
        RANDOM.nextBytes(id);
        String key = HexFormat.of().formatHex(id);
        try (Connection c = dataSource.getConnection()) {
            forgetExpired(c);
            keepNewest(c, upload.user(), PER_USER - 1);
            try (PreparedStatement st = c.prepareStatement("insert into pending_upload (id, uploaded_by, file_name,"
                    + " content, checksums, data_version, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                st.setString(1, key);
                st.setString(2, upload.user());
                st.setString(3, upload.fileName());
                st.setBytes(4, upload.content());
                st.setString(5, String.join("\n", upload.checksums()));
                st.setLong(6, upload.dataVersion());
                st.setTimestamp(7, Timestamp.valueOf(now()));
                st.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot keep the upload for its confirmation: " + e.getMessage(), e);
        }
        return key;
    }

    /**
     * The upload, only for the administrator who made it and only within 30 minutes; deleted as it is
     * taken, and only the instance whose delete removed the row gets it, so it is imported at most once.
     */
    Optional<Upload> take(String id, String user) {
        if (id == null || user == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            Optional<Upload> upload = read(c, id, user);
            if (upload.isEmpty()) {
                return upload;
            }
            try (PreparedStatement st = c.prepareStatement("delete from pending_upload where id = ?")) {
                st.setString(1, id);
                return st.executeUpdate() == 1 ? upload : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the upload to confirm: " + e.getMessage(), e);
        }
    }

    void discard(String id) {
        if (id == null) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("delete from pending_upload where id = ?")) {
            st.setString(1, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot discard the upload: " + e.getMessage(), e);
        }
    }

    private static Optional<Upload> read(Connection c, String id, String user) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select file_name, content, checksums, data_version"
                + " from pending_upload where id = ? and uploaded_by = ? and created_at > ?")) {
            st.setString(1, id);
            st.setString(2, user);
            st.setTimestamp(3, Timestamp.valueOf(now().minus(KEPT)));
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<String> checksums = Arrays.asList(rs.getString(3).split("\n", -1));
                return Optional.of(new Upload(user, rs.getString(1), rs.getBytes(2),
                        rs.getString(3).isEmpty() ? List.of() : checksums, rs.getLong(4)));
            }
        }
    }

    private static void forgetExpired(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("delete from pending_upload where created_at <= ?")) {
            st.setTimestamp(1, Timestamp.valueOf(now().minus(KEPT)));
            st.executeUpdate();
        }
    }

    private static void keepNewest(Connection c, String user, int keep) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("delete from pending_upload where uploaded_by = ? and id not in"
                + " (select id from pending_upload where uploaded_by = ? order by created_at desc limit ?)")) {
            st.setString(1, user);
            st.setString(2, user);
            st.setInt(3, keep);
            st.executeUpdate();
        }
    }

    /** UTC, so that instances in different time zones agree on the age of an upload. */
    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
