package nl.industriemonitor.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Remembers which versions of the bundled files were imported: a restart with the same files then
 * costs one small query instead of parsing and comparing every release.
 */
@ApplicationScoped
public class BundledFiles {

    @Inject
    DataSource dataSource;

    /** File name → SHA-256 of the content last imported. */
    public Map<String, String> imported() {
        Map<String, String> result = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select name, sha256 from bundled_file");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the bundled-file fingerprints: " + e.getMessage(), e);
        }
        return result;
    }

    /** Records the fingerprints after a successful import (its releases are already committed). */
    public void remember(Map<String, String> fingerprints) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement delete = c.prepareStatement("delete from bundled_file where name = ?");
                 PreparedStatement insert = c.prepareStatement(
                         "insert into bundled_file (name, sha256, imported_at) values (?, ?, ?)")) {
                for (Map.Entry<String, String> f : fingerprints.entrySet()) {
                    delete.setString(1, f.getKey());
                    delete.executeUpdate();
                    insert.setString(1, f.getKey());
                    insert.setString(2, f.getValue());
                    insert.setTimestamp(3, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store the bundled-file fingerprints: " + e.getMessage(), e);
            }
        });
    }
}
