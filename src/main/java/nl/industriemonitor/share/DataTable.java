package nl.industriemonitor.share;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The numbers of one view as a plain table, for its {@code .csv} and {@code .json} downloads.
 * Cells are {@code String}, {@code java.math.BigDecimal} (a number, exactly as published or
 * derived), {@code java.time.YearMonth}, {@code java.time.LocalDate}, {@code Boolean} or null (missing).
 *
 * @param columns machine-friendly column names, e.g. {@code month}, {@code branch}, {@code yoy_ca}
 */
public record DataTable(List<String> columns, List<List<Object>> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row))); // nulls allowed: missing values
        }
        rows = List.copyOf(copy);
    }
}
