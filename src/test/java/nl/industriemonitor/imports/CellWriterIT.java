package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * Both ways of writing figures store exactly what was imported, awkward sources included: multi-row inserts
 * on H2, and COPY on PostgreSQL (needs INDUSTRIEMONITOR_TEST_PG_URL, as ClusterIT; skipped without it).
 */
class CellWriterIT {

    private static final String PG_URL = System.getenv("INDUSTRIEMONITOR_TEST_PG_URL");
    private static final String TABLE = "create %s table observation (release_id bigint not null,"
            + " branch_code varchar(40) not null, period_month date not null, measure varchar(32) not null,"
            + " amount decimal(14,4) not null, provisional boolean not null, source varchar(500))";

    /** 403 figures: more than two whole insert statements plus a rest, with every kind of awkward source. */
    private static List<ImportedCell> cells() {
        String[] sources = {null, "", "CBS 85806NED", "tab\there", "line\nbreak\r\nand CR", "back\\slash \\N \\t",
            "quote \" and ' and , comma", "Ünïcödé − minus, 中文", "\\", "ends with backslash\\"};
        List<ImportedCell> cells = new ArrayList<>();
        for (int i = 0; i < 403; i++) {
            BigDecimal amount = new BigDecimal(i % 2 == 0 ? "-1234567890.1234" : "0.0001").add(BigDecimal.valueOf(i));
            cells.add(new ImportedCell(i % 3 == 0 ? "C" : "24-25", "title", YearMonth.of(1990 + i / 12, i % 12 + 1),
                    Measure.values()[i % Measure.values().length], amount, i % 5 == 0, "line " + i,
                    sources[i % sources.length]));
        }
        return cells;
    }

    @Test
    void insertsStoreEveryFigureExactly() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:cellwriter", "sa", "")) {
            c.createStatement().execute(TABLE.formatted(""));
            assertStoresExactly(c);
        }
    }

    @Test
    void copyStoresEveryFigureExactly() throws Exception {
        assumeTrue(PG_URL != null, "needs INDUSTRIEMONITOR_TEST_PG_URL (a throwaway PostgreSQL database)");
        try (Connection c = DriverManager.getConnection(PG_URL,
                System.getenv().getOrDefault("INDUSTRIEMONITOR_TEST_PG_USER", "industriemonitor"),
                System.getenv().getOrDefault("INDUSTRIEMONITOR_TEST_PG_PASSWORD", "industriemonitor"))) {
            // a temporary table comes first in the search path and goes with the connection
            c.createStatement().execute(TABLE.formatted("temporary"));
            assertStoresExactly(c);
        }
    }

    private static void assertStoresExactly(Connection c) throws SQLException {
        List<ImportedCell> cells = cells();
        c.setAutoCommit(false);
        CellWriter.write(c, 7, cells);
        c.commit();
        List<String> stored = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select release_id, branch_code,"
                + " period_month, measure, amount, provisional, source from observation order by period_month")) {
            while (rs.next()) {
                stored.add(String.join("|", rs.getString(1), rs.getString(2), rs.getDate(3).toString(),
                        rs.getString(4), rs.getBigDecimal(5).stripTrailingZeros().toPlainString(),
                        String.valueOf(rs.getBoolean(6)), String.valueOf(rs.getString(7))));
            }
        }
        List<String> expected = cells.stream().map(cell -> String.join("|", "7", cell.branchCode(),
                cell.month().atDay(1).toString(), cell.measure().code,
                cell.amount().stripTrailingZeros().toPlainString(), String.valueOf(cell.provisional()),
                String.valueOf(cell.source()))).toList();
        assertThat(stored).containsExactlyElementsOf(expected);
    }
}
