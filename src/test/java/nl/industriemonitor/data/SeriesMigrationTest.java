package nl.industriemonitor.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import nl.industriemonitor.imports.IsolatedDatabase;

/**
 * Migration V6 turns the figures stored one row each into series rows without losing or changing one:
 * gaps stay gaps, months come out in order, per-figure sources and provisional flags stay with their
 * month, and each release keeps its own figures; V7 after it leaves them as they were (two states: their
 * imports knew no third). The rows before V6 are written with SQL (no entity maps
 * that table); the figures after it are read back through the app's entities.
 */
@QuarkusTest
@TestProfile(SeriesMigrationTest.OwnDatabase.class)
class SeriesMigrationTest {

    /** A database of its own, emptied and migrated step by step by the test. */
    public static class OwnDatabase extends IsolatedDatabase {
        @Override
        protected String name() {
            return "series-migration";
        }

        @Override
        protected boolean bundled() {
            return false;
        }
    }

    @Inject
    DataSource dataSource;

    /** release, branch, month, measure, amount, provisional, source: inserted in no particular order. */
    private static final Object[][] ROWS = {
        {1, "C", "2025-03-01", "yoy_ca", "-0.3", true, null},
        {1, "C", "2025-01-01", "yoy_ca", "1.2500", false, null},
        // 2025-02 missing: a gap, not a zero
        {1, "C", "2025-04-01", "yoy_ca", "0", true, "CBS news release"},
        {1, "C", "2025-01-01", "index", "101.7", false, null},
        {1, "24", "2025-01-01", "yoy_ca", "-12.5", false, null},
        {2, "C", "2025-01-01", "yoy_ca", "1.3", false, null},
        {2, "C", "2025-03-01", "yoy_ca", "-0.4", false, "tab\there, quote \" and backslash \\"},
    };

    @Test
    void everyStoredFigureComesThroughTheMigrationUnchanged() throws Exception {
        flyway(null).clean();
        flyway("5").migrate();
        try (Connection c = dataSource.getConnection()) {
            insertV5Rows(c);
        }
        flyway(null).migrate();

        List<String> figures = new ArrayList<>();
        for (SnapshotLoader.SeriesRow row : DatabaseRows.series()) {
            row.figures((release, branch, month, measure, amount, status, source) ->
                    figures.add(release + " " + branch + " " + month + " " + measure.code + " "
                            + amount.toPlainString() + " " + status.code() + " " + source));
        }
        assertThat(figures).containsExactly(
                "1 24 2025-01 yoy_ca -12.5000 definitief null",
                "1 C 2025-01 index 101.7000 definitief null",
                "1 C 2025-01 yoy_ca 1.2500 definitief null",
                "1 C 2025-03 yoy_ca -0.3000 voorlopig null",
                "1 C 2025-04 yoy_ca 0.0000 voorlopig CBS news release",
                "2 C 2025-01 yoy_ca 1.3000 definitief null",
                "2 C 2025-03 yoy_ca -0.4000 definitief tab\there, quote \" and backslash \\");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select count(*) from information_schema.tables where lower(table_name) = 'observation'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the one-row-per-figure table is gone").isZero();
        }
    }

    /** Up to {@code target}, or to the newest migration when null. */
    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .cleanDisabled(false);
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static void insertV5Rows(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("insert into branch (code, name_nl, energy_intensive, sort_order) values"
                    + " ('C', 'Industrie', false, 0), ('24', 'Basismetaal', true, 24)");
            st.execute("insert into data_release (id, dataset, published, published_exact, source, imported_at,"
                    + " checksum, cell_count) values (1, 'PRODUCTION', date '2025-05-10', true, 'CBS',"
                    + " timestamp '2025-05-10 09:00:00', 'a', 5), (2, 'PRODUCTION', date '2025-06-10', true, 'CBS',"
                    + " timestamp '2025-06-10 09:00:00', 'b', 2)");
        }
        try (PreparedStatement st = c.prepareStatement("insert into observation (release_id, branch_code, period_month,"
                + " measure, amount, provisional, source) values (?, ?, cast(? as date), ?, cast(? as decimal(14,4)), ?, ?)")) {
            for (Object[] row : ROWS) {
                for (int i = 0; i < row.length; i++) {
                    st.setObject(i + 1, row[i]);
                }
                st.executeUpdate();
            }
        }
    }
}
