package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.SnapshotLoader;

/**
 * The figures' series rows read back exactly what was imported, awkward sources included, on H2 and on
 * PostgreSQL (needs INDUSTRIEMONITOR_TEST_PG_URL, as ClusterIT; skipped without it), through the same
 * array conversion as {@code SnapshotLoader}.
 */
class CellWriterIT {

    private static final String PG_URL = System.getenv("INDUSTRIEMONITOR_TEST_PG_URL");
    /** The table of migration V6, without its foreign keys. */
    private static final String TABLE = "create %s table observation_series (release_id bigint not null,"
            + " branch_code varchar(40) not null, measure varchar(32) not null, period_months date array not null,"
            + " amounts decimal(14,4) array not null, provisional boolean array not null,"
            + " sources varchar(500) array not null, primary key (release_id, branch_code, measure))";

    /** 403 figures over several series, months given out of order, with every kind of awkward source. */
    private static List<ImportedCell> cells() {
        String[] sources = {null, "", "CBS 85806NED", "tab\there", "line\nbreak\r\nand CR", "back\\slash \\N \\t",
            "quote \" and ' and , comma", "Ünïcödé − minus, 中文", "\\", "ends with backslash\\"};
        List<ImportedCell> cells = new ArrayList<>();
        for (int n = 0; n < 403; n++) {
            int i = n * 7 % 403;
            BigDecimal amount = new BigDecimal(i % 2 == 0 ? "-1234567890.1234" : "0.0001").add(BigDecimal.valueOf(i));
            cells.add(new ImportedCell(i % 3 == 0 ? "C" : "24-25", "title", YearMonth.of(1990 + i / 12, i % 12 + 1),
                    Measure.values()[i % Measure.values().length], amount, i % 5 == 0, "line " + i,
                    sources[i % sources.length]));
        }
        return cells;
    }

    @Test
    void h2StoresEveryFigureExactly() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:cellwriter", "sa", "")) {
            c.createStatement().execute(TABLE.formatted(""));
            assertStoresExactly(c);
        }
    }

    @Test
    void postgresqlStoresEveryFigureExactly() throws Exception {
        assumeTrue(PG_URL != null, "needs INDUSTRIEMONITOR_TEST_PG_URL (a throwaway PostgreSQL database)");
        try (Connection c = DriverManager.getConnection(PG_URL,
                System.getenv().getOrDefault("INDUSTRIEMONITOR_TEST_PG_USER", "industriemonitor"),
                System.getenv().getOrDefault("INDUSTRIEMONITOR_TEST_PG_PASSWORD", "industriemonitor"))) {
            // a temporary table comes first in the search path and goes with the connection
            c.createStatement().execute(TABLE.formatted("temporary"));
            assertStoresExactly(c);
        }
    }

    @Test
    void theSameMonthTwiceInOneSeriesIsRefusedAndNothingWritten() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:cellwriter-twice", "sa", "")) {
            c.createStatement().execute(TABLE.formatted(""));
            ImportedCell first = new ImportedCell("C", "title", YearMonth.of(2025, 1), Measure.INDEX,
                    BigDecimal.ONE, false, "line 2");
            ImportedCell again = new ImportedCell("C", "title", YearMonth.of(2025, 1), Measure.INDEX,
                    BigDecimal.TEN, false, "line 9");
            SQLException refused = assertThrows(SQLException.class, () -> CellWriter.write(c, 7, List.of(first, again)));
            assertThat(refused.getMessage()).contains("C, 2025-01, " + Measure.INDEX.code, "line 2 and line 9");
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from observation_series")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    private static void assertStoresExactly(Connection c) throws SQLException {
        List<ImportedCell> cells = cells();
        c.setAutoCommit(false);
        CellWriter.write(c, 7, cells);
        c.commit();
        List<String> stored = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(SnapshotLoader.SELECT_SERIES)) {
            while (rs.next()) {
                SnapshotLoader.figures(rs, (release, branch, month, measure, amount, provisional, source) ->
                        stored.add(String.join("|", String.valueOf(release), branch, month.atDay(1).toString(),
                                measure.code, amount.stripTrailingZeros().toPlainString(),
                                String.valueOf(provisional), String.valueOf(source))));
            }
        }
        List<String> expected = cells.stream().map(cell -> String.join("|", "7", cell.branchCode(),
                cell.month().atDay(1).toString(), cell.measure().code,
                cell.amount().stripTrailingZeros().toPlainString(), String.valueOf(cell.provisional()),
                String.valueOf(cell.source()))).toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
    }
}
