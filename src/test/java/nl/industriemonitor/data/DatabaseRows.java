package nl.industriemonitor.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.inject.spi.CDI;

/** What the app's database holds, read directly, for tests that check an import stored all or nothing. */
public final class DatabaseRows {

    private DatabaseRows() {
    }

    public static long count(String table) {
        return ((Number) row("select count(*) from " + table)[0]).longValue();
    }

    /** The first row of a query, its columns as JDBC returns them. */
    public static Object[] row(String sql) {
        try (Connection c = CDI.current().select(DataSource.class).get().getConnection();
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
}
