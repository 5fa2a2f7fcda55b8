package nl.industriemonitor.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.industriemonitor.data.Measure;

/**
 * Writes a release's figures inside the import's transaction, one {@code observation_series} row per
 * branch and measure (V6): a full CBS table is about 200 rows instead of 83 000, which H2 took seconds
 * over. The same statement runs on H2 and PostgreSQL.
 */
final class CellWriter {

    private static final String INSERT = "insert into observation_series (release_id, branch_code, measure,"
            + " period_months, amounts, provisional, sources) values (?, ?, ?, ?, ?, ?, ?)";

    private record Series(String branchCode, Measure measure) {
    }

    private CellWriter() {
    }

    static void write(Connection c, long releaseId, List<ImportedCell> cells) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(INSERT)) {
            for (Map.Entry<Series, TreeMap<YearMonth, ImportedCell>> series : bySeries(cells).entrySet()) {
                st.setLong(1, releaseId);
                st.setString(2, series.getKey().branchCode());
                st.setString(3, series.getKey().measure().code);
                bindArrays(c, st, series.getValue().values().toArray(ImportedCell[]::new));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /**
     * The cells per series, months ascending. The same month twice in one series is refused, as the
     * unique key of one row per figure refused it before.
     */
    private static Map<Series, TreeMap<YearMonth, ImportedCell>> bySeries(List<ImportedCell> cells)
            throws SQLIntegrityConstraintViolationException {
        Map<Series, TreeMap<YearMonth, ImportedCell>> series = new LinkedHashMap<>();
        for (ImportedCell cell : cells) {
            ImportedCell earlier = series.computeIfAbsent(new Series(cell.branchCode(), cell.measure()),
                    s -> new TreeMap<>()).putIfAbsent(cell.month(), cell);
            if (earlier != null) {
                throw new SQLIntegrityConstraintViolationException("one release holds two figures for "
                        + cell.branchCode() + ", " + cell.month() + ", " + cell.measure().code + " ("
                        + earlier.origin() + " and " + cell.origin() + ")", "23505");
            }
        }
        return series;
    }

    private static void bindArrays(Connection c, PreparedStatement st, ImportedCell[] figures) throws SQLException {
        Date[] months = new Date[figures.length];
        BigDecimal[] amounts = new BigDecimal[figures.length];
        Boolean[] provisional = new Boolean[figures.length];
        String[] sources = new String[figures.length];
        for (int i = 0; i < figures.length; i++) {
            months[i] = Date.valueOf(figures[i].month().atDay(1));
            amounts[i] = figures[i].amount();
            provisional[i] = figures[i].provisional();
            sources[i] = figures[i].source();
        }
        st.setArray(4, c.createArrayOf("date", months));
        st.setArray(5, c.createArrayOf("numeric", amounts));
        st.setArray(6, c.createArrayOf("boolean", provisional));
        st.setArray(7, c.createArrayOf("varchar", sources));
    }
}
