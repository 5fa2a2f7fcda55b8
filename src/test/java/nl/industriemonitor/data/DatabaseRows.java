package nl.industriemonitor.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import javax.sql.DataSource;

import jakarta.enterprise.inject.spi.CDI;

/** What the app's database holds, read directly, for tests that check an import stored all or nothing. */
public final class DatabaseRows {

    private DatabaseRows() {
    }

    /**
     * Every stored figure, one row per series (release, branch, measure) with its parallel arrays of
     * months, amounts, provisional flags and sources (migration V6), in a fixed order.
     */
    public static final String ALL_FIGURES = SnapshotLoader.SELECT_SERIES + " order by release_id, branch_code, measure";

    /** How many figures, over all releases, the database holds. */
    public static final String FIGURE_COUNT = "select coalesce(sum(cardinality(period_months)), 0) from observation_series";

    /** Releases whose stored figures are fewer or more than the release says it holds: must be none. */
    public static final String RELEASES_STORED_IN_PART = "select count(*) from data_release r where r.cell_count <>"
            + " (select coalesce(sum(cardinality(s.period_months)), 0) from observation_series s where s.release_id = r.id)";

    public static long count(String table) {
        return ((Number) row("select count(*) from " + table)[0]).longValue();
    }

    public static long figures() {
        return ((Number) row(FIGURE_COUNT)[0]).longValue();
    }

    /** SHA-256 over the text of every column of every figure series in the app's database. */
    public static String figuresDigest() {
        try (Connection c = connection()) {
            return figuresDigest(c);
        } catch (SQLException e) {
            throw new AssertionError("cannot read the figures: " + e.getMessage(), e);
        }
    }

    /** SHA-256 over the text of every column of every figure series in the database {@code c} holds. */
    public static String figuresDigest(Connection c) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(ALL_FIGURES)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    digest.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The first row of a query, its columns as JDBC returns them. */
    public static Object[] row(String sql) {
        try (Connection c = connection();
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row from " + sql);
            }
            Object[] columns = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = rs.getObject(i + 1);
            }
            return columns;
        } catch (SQLException e) {
            throw new AssertionError("cannot read " + sql + ": " + e.getMessage(), e);
        }
    }

    private static Connection connection() throws SQLException {
        return CDI.current().select(DataSource.class).get().getConnection();
    }
}
