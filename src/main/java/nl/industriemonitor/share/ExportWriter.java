package nl.industriemonitor.share;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the numbers of one view as the {@code .csv} and {@code .json} downloads.
 *
 * <p>Plain Java, static and thread-safe; no Quarkus. Both formats carry the same metadata
 * ({@link ExportMetadata}) and the same cells ({@link DataTable}).
 *
 * <p><b>CSV</b>: RFC 4180 (Commons CSV, comma, double quotes only where needed, CRLF record
 * separator), preceded by a block of {@code # key: value} comment lines. Numbers are written with
 * {@link BigDecimal#toPlainString()} (never scientific, never rounded, decimal point). Text cells that
 * a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return at the start) get a
 * leading {@code '}; numbers are never touched, so {@code -0.3} stays {@code -0.3}.
 *
 * <p><b>JSON</b>: pretty-printed, {@code \n} line ends, one table row per line:
 * <pre>
 * {
 *   "metadata": { "title": ..., "url": ..., "source": ..., "releases": [ "2026-03-10" ],
 *                 "undatedRelease": false, "parameters": { ...URL order... }, "asof": null,
 *                 "licence": ..., "generated": "2026-03-15" },
 *   "columns": [ "month", "yoy_ca" ],
 *   "rows": [
 *     [ "2025-11", 0.3 ]
 *   ]
 * }
 * </pre>
 * Numbers are JSON number tokens equal to {@code toPlainString()}, so the published scale is kept
 * ({@code 0.0} stays {@code 0.0}, {@code 103.8} stays {@code 103.8}). No formula neutralisation in
 * JSON: it is data, not a spreadsheet; Jackson escapes strings.
 */
public final class ExportWriter {

    /** Media type of {@link #csv}; the text is meant to be sent as UTF-8 (no byte order mark). */
    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    /** Media type of {@link #json} (JSON is UTF-8 by definition, RFC 8259). */
    public static final String JSON_TYPE = "application/json";
    /** Encoding of both downloads. */
    public static final Charset CHARSET = StandardCharsets.UTF_8;

    /** CSV record separator: CRLF, as RFC 4180 prescribes; every CSV reader and spreadsheet accepts it. */
    public static final String CSV_RECORD_SEPARATOR = "\r\n";
    /** Marker of the metadata lines at the top of the CSV: read it back with {@code setCommentMarker('#')}. */
    public static final char CSV_COMMENT_MARKER = '#';

    /** How {@link #csv} writes; also the format to read it back with. */
    public static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker(CSV_COMMENT_MARKER)
            .setRecordSeparator(CSV_RECORD_SEPARATOR)
            .get();

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Separators JSON_SEPARATORS = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    private static final DefaultIndenter JSON_OBJECT_INDENTER = new DefaultIndenter("  ", "\n");

    private ExportWriter() {
    }

    // ------------------------------------------------------------------------------------ CSV

    /**
     * The table as CSV with a {@code # }-comment header block: title, url, source, releases,
     * one line per parameter ({@code parameter: name=value}, URL order), asof ({@code latest} when
     * not pinned), licence, generated. Then the column names and the rows.
     */
    public static String csv(DataTable table, ExportMetadata meta) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV_FORMAT)) {
            for (String line : headerLines(meta)) {
                printer.printComment(line);
            }
            List<String> header = new ArrayList<>(table.columns().size());
            for (String column : table.columns()) {
                header.add(neutralise(column));
            }
            printer.printRecord(header);
            List<String> record = new ArrayList<>(table.columns().size());
            for (List<Object> row : table.rows()) {
                record.clear();
                for (int i = 0; i < row.size(); i++) {
                    record.add(csvCell(row.get(i), table.columns().get(i)));
                }
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The comment lines of the CSV header block, without the {@code "# "} marker. */
    static List<String> headerLines(ExportMetadata meta) {
        List<String> lines = new ArrayList<>();
        lines.add("title: " + commentValue(meta.title()));
        lines.add("url: " + commentValue(meta.url()));
        lines.add("source: " + commentValue(meta.source()));
        List<String> releases = new ArrayList<>();
        for (LocalDate date : meta.releaseDates()) {
            releases.add(date.toString());
        }
        if (meta.undatedRelease()) {
            releases.add("undated release");
        }
        lines.add("releases: " + (releases.isEmpty() ? "none" : String.join(", ", releases)));
        for (Map.Entry<String, String> p : meta.parameters().entrySet()) {
            lines.add("parameter: " + commentValue(p.getKey()) + "=" + commentValue(p.getValue()));
        }
        lines.add("asof: " + (meta.asOf() == null ? "latest" : meta.asOf().toString()));
        lines.add("licence: " + commentValue(meta.licence()));
        lines.add("generated: " + (meta.generated() == null ? "" : meta.generated().toString()));
        return lines;
    }

    /**
     * A text cell for a spreadsheet: prefixed with {@code '} when it starts with {@code =}, {@code +},
     * {@code -}, {@code @}, tab or carriage return, so that it is shown as text and not run as a
     * formula. Other texts (and null) are returned unchanged.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return isFormulaStart(text.charAt(0)) ? "'" + text : text;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * A metadata value on a comment line. The line starts with {@code #}, so its first spreadsheet
     * cell is text anyway; but a spreadsheet that does not know comment lines splits the line at
     * commas (semicolons in a Dutch Excel), and each piece becomes a cell of its own. So control
     * characters become spaces (one value, one line) and every piece that would start (after
     * spaces) with a formula character gets a {@code '}.
     */
    static String commentValue(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length() + 4);
        boolean pieceStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                c = ' ';
            }
            if (pieceStart && c != ' ') {
                if (isFormulaStart(c)) {
                    sb.append('\'');
                }
                pieceStart = false;
            }
            sb.append(c);
            if (c == ',' || c == ';') {
                pieceStart = true;
            }
        }
        return sb.toString();
    }

    private static String csvCell(Object cell, String column) {
        if (cell instanceof String s) {
            return neutralise(s);
        }
        return plainText(cell, column); // numbers, months, dates, booleans: never neutralised
    }

    /** A non-text cell as text: numbers plain, months {@code 2025-11}, dates ISO, null empty. */
    private static String plainText(Object cell, String column) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (isIntegral(cell)) {
            return cell.toString();
        }
        if (cell instanceof YearMonth || cell instanceof LocalDate || cell instanceof Boolean) {
            return cell.toString();
        }
        throw unsupported(cell, column);
    }

    private static boolean isIntegral(Object cell) {
        return cell instanceof Integer || cell instanceof Long || cell instanceof Short
                || cell instanceof Byte || cell instanceof BigInteger;
    }

    private static IllegalArgumentException unsupported(Object cell, String column) {
        return new IllegalArgumentException("column " + column + ": unsupported cell type "
                + cell.getClass().getName() + " (use String, BigDecimal, YearMonth, LocalDate, Boolean or null)");
    }

    // ----------------------------------------------------------------------------------- JSON

    /** The table as a pretty-printed JSON document {@code {"metadata":…, "columns":[…], "rows":[[…],…]}}. */
    public static String json(DataTable table, ExportMetadata meta) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter(JSON_SEPARATORS)
                    .withObjectIndenter(JSON_OBJECT_INDENTER)
                    .withArrayIndenter(RowsIndenter.INSTANCE));
            g.writeStartObject();

            g.writeObjectFieldStart("metadata");
            g.writeStringField("title", meta.title());
            g.writeStringField("url", meta.url());
            g.writeStringField("source", meta.source());
            g.writeArrayFieldStart("releases");
            for (LocalDate date : meta.releaseDates()) {
                g.writeString(date.toString());
            }
            g.writeEndArray();
            g.writeBooleanField("undatedRelease", meta.undatedRelease());
            g.writeObjectFieldStart("parameters");
            for (Map.Entry<String, String> p : meta.parameters().entrySet()) {
                g.writeStringField(p.getKey(), p.getValue());
            }
            g.writeEndObject();
            g.writeStringField("asof", meta.asOf() == null ? null : meta.asOf().toString());
            g.writeStringField("licence", meta.licence());
            g.writeStringField("generated", meta.generated() == null ? null : meta.generated().toString());
            g.writeEndObject();

            g.writeArrayFieldStart("columns");
            for (String column : table.columns()) {
                g.writeString(column);
            }
            g.writeEndArray();

            g.writeArrayFieldStart("rows");
            for (List<Object> row : table.rows()) {
                g.writeStartArray();
                for (int i = 0; i < row.size(); i++) {
                    writeJsonCell(g, row.get(i), table.columns().get(i));
                }
                g.writeEndArray();
            }
            g.writeEndArray();

            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void writeJsonCell(JsonGenerator g, Object cell, String column) throws IOException {
        if (cell == null) {
            g.writeNull();
        } else if (cell instanceof String s) {
            g.writeString(s);
        } else if (cell instanceof BigDecimal d) {
            g.writeNumber(d.toPlainString()); // the number token exactly, published scale kept
        } else if (isIntegral(cell)) {
            g.writeNumber(cell.toString());
        } else if (cell instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (cell instanceof YearMonth || cell instanceof LocalDate) {
            g.writeString(cell.toString());
        } else {
            throw unsupported(cell, column);
        }
    }

    /**
     * Array layout: the top-level {@code rows} array has one row per line; every other array
     * (columns, releases, the cells of a row) stays on one line.
     */
    private static final class RowsIndenter implements DefaultPrettyPrinter.Indenter {
        static final RowsIndenter INSTANCE = new RowsIndenter();

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            if (isRowsArray(g.getOutputContext())) {
                g.writeRaw('\n');
                for (int i = 0; i < level; i++) {
                    g.writeRaw("  ");
                }
            } else {
                g.writeRaw(' ');
            }
        }

        private static boolean isRowsArray(JsonStreamContext ctx) {
            JsonStreamContext parent = ctx.getParent();
            return ctx.inArray() && parent != null && parent.inObject() && "rows".equals(parent.getCurrentName())
                    && parent.getParent() != null && parent.getParent().inRoot();
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
