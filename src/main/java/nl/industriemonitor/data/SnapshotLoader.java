package nl.industriemonitor.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads the whole database into a new {@link Snapshot}; the only code that reads observations in bulk. */
@ApplicationScoped
public class SnapshotLoader {

    @Inject
    DataSource dataSource;

    public Snapshot load() {
        try (Connection c = dataSource.getConnection()) {
            long version = 0;
            try (PreparedStatement st = c.prepareStatement("select coalesce(max(id), 0) from data_release");
                 ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    version = rs.getLong(1);
                }
            }
            Snapshot.Builder builder = Snapshot.builder(version);
            try (PreparedStatement st = c.prepareStatement("select code, name_nl, name_en, parent_code, "
                    + "energy_intensive, sort_order from branch");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    builder.branch(new BranchInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getBoolean(5), rs.getInt(6)));
                }
            }
            try (PreparedStatement st = c.prepareStatement("select id, dataset, published, published_exact, "
                    + "source, imported_at from data_release");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    java.sql.Date published = rs.getDate(3);
                    builder.release(new ReleaseInfo(rs.getLong(1), Dataset.valueOf(rs.getString(2)),
                            published == null ? null : published.toLocalDate(), rs.getBoolean(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant()));
                }
            }
            try (PreparedStatement st = c.prepareStatement("select release_id, branch_code, period_month, "
                    + "measure, amount, provisional, source from observation");
                 ResultSet rs = st.executeQuery()) {
                st.setFetchSize(5000);
                while (rs.next()) {
                    Measure measure = Measure.byCode(rs.getString(4))
                            .orElseThrow(() -> new IllegalStateException("unknown measure in database"));
                    builder.observation(rs.getLong(1), rs.getString(2),
                            YearMonth.from(rs.getDate(3).toLocalDate()), measure, Snapshot.asPublished(rs.getBigDecimal(5)),
                            rs.getBoolean(6), rs.getString(7));
                }
            }
            return builder.build();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data from the database: " + e.getMessage(), e);
        }
    }
}
