package nl.industriemonitor.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
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

    /** Every series row of every release, in the column order {@link #figures} reads. */
    public static final String SELECT_SERIES = "select release_id, branch_code, measure, period_months, amounts,"
            + " provisional, sources from observation_series";

    @Inject
    DataSource dataSource;

    /** How many releases the database holds and the newest id: what a snapshot of it would show. */
    public record Stored(long releases, long version) {
        public boolean shownBy(Snapshot snapshot) {
            return snapshot.releases().size() == releases && snapshot.version() == version;
        }
    }

    /** One small query, cheap enough to ask every few seconds. */
    public Stored stored() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select count(*), coalesce(max(id), 0) from data_release");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return new Stored(rs.getLong(1), rs.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data version from the database: " + e.getMessage(), e);
        }
    }

    public Snapshot load() {
        try (Connection c = dataSource.getConnection()) {
            boolean consistent = beginConsistentRead(c);
            try {
                return read(c);
            } finally {
                if (consistent) {
                    c.rollback();
                    c.setReadOnly(false);
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data from the database: " + e.getMessage(), e);
        }
    }

    /**
     * The reads below are several statements; on a database that other instances write to they run in one
     * read-only REPEATABLE READ transaction (a snapshot of the database on PostgreSQL), so a release
     * committed half-way is seen whole or not at all. On the embedded H2 only this process writes, and
     * a reload follows the commit of the import that caused it.
     */
    private static boolean beginConsistentRead(Connection c) throws SQLException {
        if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
            return false;
        }
        c.setAutoCommit(false);
        c.setReadOnly(true);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        return true;
    }

    private static Snapshot read(Connection c) throws SQLException {
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
        try (PreparedStatement st = c.prepareStatement(SELECT_SERIES)) {
            // in a transaction PostgreSQL then streams the rows instead of holding them all at once
            st.setFetchSize(100);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    figures(rs, (release, branch, month, measure, amount, provisional, source) -> builder.observation(
                            release, branch, month, measure, Snapshot.asPublished(amount), provisional, source));
                }
            }
        }
        return builder.build();
    }

    /** Receives the figures of a series row one by one. */
    @FunctionalInterface
    public interface FigureSink {
        void figure(long release, String branch, YearMonth month, Measure measure, BigDecimal amount,
                    boolean provisional, String source);
    }

    /** The figures of the current row of {@link #SELECT_SERIES}: the i-th element of each array is one (V6). */
    public static void figures(ResultSet rs, FigureSink sink) throws SQLException {
        long release = rs.getLong(1);
        String branch = rs.getString(2);
        String code = rs.getString(3);
        Measure measure = Measure.byCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown measure in database: " + code));
        Object[] months = elements(rs, 4);
        Object[] amounts = elements(rs, 5);
        Object[] provisional = elements(rs, 6);
        Object[] sources = elements(rs, 7);
        for (int i = 0; i < months.length; i++) {
            sink.figure(release, branch, YearMonth.from(((Date) months[i]).toLocalDate()), measure,
                    (BigDecimal) amounts[i], (Boolean) provisional[i], (String) sources[i]);
        }
    }

    private static Object[] elements(ResultSet rs, int column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        try {
            return (Object[]) array.getArray();
        } finally {
            array.free();
        }
    }
}
