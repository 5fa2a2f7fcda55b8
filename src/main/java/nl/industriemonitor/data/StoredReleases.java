package nl.industriemonitor.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The release rows as stored, with what pages do not need (figures, who imported them): for admins and imports. */
@ApplicationScoped
public class StoredReleases {

    /**
     * One row of {@code data_release}, as the administrators' list shows it: {@code figures} is its cell count,
     * {@code importedBy} null for releases stored before V4.
     */
    public record Row(long id, Dataset dataset, LocalDate published, String source, int figures,
                      Instant importedAt, String importedBy) {
    }

    @Inject
    DataSource dataSource;

    /** Every release, newest import first, for the administrators' list. */
    public List<Row> newestImportFirst() {
        String sql = "select id, dataset, published, source, cell_count, imported_at, imported_by from data_release"
                + " order by imported_at desc, id desc";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql);
             ResultSet rs = st.executeQuery()) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                java.sql.Date published = rs.getDate(3);
                rows.add(new Row(rs.getLong(1), Dataset.valueOf(rs.getString(2)),
                        published == null ? null : published.toLocalDate(), rs.getString(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7)));
            }
            return rows;
        } catch (SQLException e) {
            throw failed("the list of releases", e);
        }
    }

    /** Whether a release of this dataset with exactly this content (checksum) is stored. */
    public boolean withContent(Dataset dataset, String checksum) {
        try (Connection c = dataSource.getConnection()) {
            return withContent(c, dataset, checksum);
        } catch (SQLException e) {
            throw failed("the stored checksums", e);
        }
    }

    /** The same question inside a caller's transaction. */
    public static boolean withContent(Connection c, Dataset dataset, String checksum) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select 1 from data_release where dataset = ? and checksum = ?")) {
            st.setString(1, dataset.name());
            st.setString(2, checksum);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The newest "last changed" stamp of the CBS table among the stored releases, if any. */
    public Optional<LocalDateTime> lastSourceModified(Dataset dataset) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select max(source_modified) from data_release where dataset = ?")) {
            st.setString(1, dataset.name());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Timestamp modified = rs.getTimestamp(1);
                return Optional.ofNullable(modified).map(Timestamp::toLocalDateTime);
            }
        } catch (SQLException e) {
            throw failed("the stored CBS stamps", e);
        }
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("cannot read " + what + " from the database: " + e.getMessage(), e);
    }
}
