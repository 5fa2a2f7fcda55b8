package nl.industriemonitor.imports;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;

/**
 * Writes a release's figures inside the import's transaction: on PostgreSQL as one {@code COPY} (a full CBS
 * table is about 83 000 rows, which row inserts take seconds over), elsewhere as multi-row inserts.
 */
final class CellWriter {

    private static final String COLUMNS = "release_id, branch_code, period_month, measure, amount, provisional, source";
    private static final String INSERT_CELL = "insert into observation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)";
    /** Rows per insert statement: one statement per 200 rows instead of 200 round trips through the driver. */
    private static final int ROWS = 200;
    private static final String INSERT_CELLS = INSERT_CELL + ", (?, ?, ?, ?, ?, ?, ?)".repeat(ROWS - 1);
    private static final String COPY = "copy observation (" + COLUMNS + ") from stdin";

    private CellWriter() {
    }

    static void write(Connection c, long releaseId, List<ImportedCell> cells) throws SQLException {
        if (c.isWrapperFor(PGConnection.class)) {
            copy(c.unwrap(PGConnection.class), releaseId, cells);
        } else {
            insert(c, releaseId, cells);
        }
    }

    private static void copy(PGConnection pg, long releaseId, List<ImportedCell> cells) throws SQLException {
        try {
            pg.getCopyAPI().copyIn(COPY, new StringReader(copyText(releaseId, cells)));
        } catch (IOException e) {
            throw new SQLException("could not send the figures to the database: " + e.getMessage(), e);
        }
    }

    /** The rows in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static String copyText(long releaseId, List<ImportedCell> cells) {
        StringBuilder text = new StringBuilder(cells.size() * 48);
        for (ImportedCell cell : cells) {
            text.append(releaseId).append('\t');
            field(text, cell.branchCode()).append('\t');
            text.append(cell.month().atDay(1)).append('\t');
            field(text, cell.measure().code).append('\t');
            text.append(cell.amount().toPlainString()).append('\t');
            text.append(cell.provisional() ? 't' : 'f').append('\t');
            field(text, cell.source()).append('\n');
        }
        return text.toString();
    }

    private static StringBuilder field(StringBuilder text, String value) {
        if (value == null) {
            return text.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
        return text;
    }

    private static void insert(Connection c, long releaseId, List<ImportedCell> cells) throws SQLException {
        int whole = cells.size() / ROWS * ROWS;
        if (whole > 0) {
            try (PreparedStatement st = c.prepareStatement(INSERT_CELLS)) {
                for (int from = 0; from < whole; from += ROWS) {
                    for (int i = 0; i < ROWS; i++) {
                        bind(st, i * 7, releaseId, cells.get(from + i));
                    }
                    st.executeUpdate();
                }
            }
        }
        if (whole < cells.size()) {
            try (PreparedStatement st = c.prepareStatement(INSERT_CELL)) {
                for (ImportedCell cell : cells.subList(whole, cells.size())) {
                    bind(st, 0, releaseId, cell);
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement st, int offset, long releaseId, ImportedCell cell) throws SQLException {
        st.setLong(offset + 1, releaseId);
        st.setString(offset + 2, cell.branchCode());
        st.setDate(offset + 3, Date.valueOf(cell.month().atDay(1)));
        st.setString(offset + 4, cell.measure().code);
        st.setBigDecimal(offset + 5, cell.amount());
        st.setBoolean(offset + 6, cell.provisional());
        st.setString(offset + 7, cell.source());
    }
}
