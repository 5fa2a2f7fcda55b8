package nl.industriemonitor.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExportWriterTest {

    private static final String HYPERLINK = "=HYPERLINK(\"https://evil.example/?q=1\",\"klik\")";

    /**
     * Total manufacturing (C), 2025-09..2025-12, as published on 2026-03-10
     * (src/main/resources/data/cbs-85806NED-monthly.csv): yoy_ca, mom_sa, production_index_sa.
     * turnover_yoy was not published: null.
     */
    private static DataTable table() {
        List<String> columns = List.of("month", "branch", "branch_title", "yoy_ca", "mom_sa",
                "production_index_sa", "turnover_yoy", "provisional", "published", "note");
        List<List<Object>> rows = List.of(
                row(YearMonth.of(2025, 9), "C", "C Industrie", "2.4", "-0.3", "104.6", true, HYPERLINK),
                row(YearMonth.of(2025, 10), "C", "C Industrie", "1.7", "0.2", "104.8", true, "-5 text"),
                row(YearMonth.of(2025, 11), "C", "C Industrie", "0.3", "-0.9", "103.8", true, "@x"),
                row(YearMonth.of(2025, 12), "C", "C Industrie", "1.4", "0.3", "104.1", true, "+1"));
        return new DataTable(columns, rows);
    }

    private static List<Object> row(YearMonth month, String branch, String title, String yoy, String mom,
                                    String index, Boolean provisional, String note) {
        return Arrays.asList(month, branch, title, new BigDecimal(yoy), new BigDecimal(mom), new BigDecimal(index),
                null, provisional, LocalDate.of(2026, 3, 10), note);
    }

    private static Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>(); // deliberately not alphabetical
        p.put("sectors", "C");
        p.put("measure", "yoy_ca");
        p.put("from", "2025-09");
        p.put("to", "2025-12");
        return p;
    }

    private static ExportMetadata pinned() {
        return new ExportMetadata("Industrie (C): productie, % t.o.v. een jaar eerder",
                "https://industriemonitor.example/branche/C?measure=yoy_ca&from=2025-09&to=2025-12&asof=2026-03-10",
                "CBS StatLine 85806NED", List.of(LocalDate.of(2026, 3, 10)), false, parameters(),
                LocalDate.of(2026, 3, 10), "CC BY 4.0 (CBS)", LocalDate.of(2026, 3, 15));
    }

    // ------------------------------------------------------------------------------------ CSV

    private static List<CSVRecord> parseCsv(String csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            return parser.getRecords();
        }
    }

    @Test
    void csvParsesBackToTheSameCells() throws IOException {
        DataTable table = table();
        List<CSVRecord> records = parseCsv(ExportWriter.csv(table, pinned()));

        assertEquals(1 + table.rows().size(), records.size());
        assertEquals(table.columns(), records.get(0).toList());
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            CSVRecord record = records.get(r + 1);
            assertEquals(row.size(), record.size());
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                String expected;
                if (cell == null) {
                    expected = "";
                } else if (cell instanceof BigDecimal d) {
                    expected = d.toPlainString();
                } else if (cell instanceof String s && "+-=@".indexOf(s.charAt(0)) >= 0) {
                    expected = "'" + s;
                } else {
                    expected = cell.toString();
                }
                assertEquals(expected, record.get(c), "row " + r + " column " + table.columns().get(c));
            }
        }
        // spelled out, to be sure
        assertEquals(List.of("2025-09", "C", "C Industrie", "2.4", "-0.3", "104.6", "", "true", "2026-03-10",
                "'" + HYPERLINK), records.get(1).toList());
        assertEquals("'-5 text", records.get(2).get(9));
        assertEquals("'@x", records.get(3).get(9));
        assertEquals("-0.9", records.get(3).get(4)); // a negative number is not neutralised
        assertEquals("'+1", records.get(4).get(9));
    }

    @Test
    void csvHeaderBlockDescribesTheDownload() throws IOException {
        String csv = ExportWriter.csv(table(), pinned());
        String[] lines = csv.split("\r\n", -1);
        assertEquals("# title: Industrie (C): productie, % t.o.v. een jaar eerder", lines[0]);
        assertEquals("# url: https://industriemonitor.example/branche/C?measure=yoy_ca&from=2025-09&to=2025-12"
                + "&asof=2026-03-10", lines[1]);
        assertEquals("# source: CBS StatLine 85806NED", lines[2]);
        assertEquals("# releases: 2026-03-10", lines[3]);
        assertEquals("# parameter: sectors=C", lines[4]);
        assertEquals("# parameter: measure=yoy_ca", lines[5]);
        assertEquals("# parameter: from=2025-09", lines[6]);
        assertEquals("# parameter: to=2025-12", lines[7]);
        assertEquals("# asof: 2026-03-10", lines[8]);
        assertEquals("# licence: CC BY 4.0 (CBS)", lines[9]);
        assertEquals("# generated: 2026-03-15", lines[10]);
        assertTrue(lines[11].startsWith("month,branch,"));
        assertEquals("", lines[lines.length - 1]); // ends with a record separator
        assertFalse(csv.replace("\r\n", "").contains("\n"), "only CRLF line ends");

        // Commons CSV hands the block back as the comment of the first record
        String comment = parseCsv(csv).get(0).getComment();
        assertTrue(comment.contains("title: Industrie (C)"));
        assertTrue(comment.contains("releases: 2026-03-10"));
        assertTrue(comment.contains("parameter: sectors=C\nparameter: measure=yoy_ca\nparameter: from=2025-09"
                + "\nparameter: to=2025-12"), "parameters in URL order");
        assertTrue(comment.contains("asof: 2026-03-10"));
        assertTrue(comment.contains("licence: CC BY 4.0 (CBS)"));
    }

    @Test
    void csvHeaderOfLatestViewWithUndatedReleaseAndHostileValues() throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sectors", "C,20,21");
        p.put("note", "=cmd|' /C calc'!A0");
        ExportMetadata meta = new ExportMetadata("Industrie, =HYPERLINK(\"x\");-2+3\nsecond line", "https://x.example/",
                "CBS", List.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10)), true, p, null,
                "CC BY 4.0", LocalDate.of(2026, 3, 15));
        String csv = ExportWriter.csv(table(), meta);
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("# title: Industrie, '=HYPERLINK(\"x\");'-2+3 second line", lines.get(0));
        assertEquals("# releases: 2026-02-10, 2026-03-10, undated release", lines.get(3));
        assertEquals("# parameter: sectors=C,20,21", lines.get(4));
        assertEquals("# parameter: note='=cmd|' /C calc'!A0", lines.get(5));
        assertEquals("# asof: latest", lines.get(6));
        // the data still parses, header block is skipped
        List<CSVRecord> records = parseCsv(csv);
        assertEquals("month", records.get(0).get(0));
        assertEquals(5, records.size());
    }

    @Test
    void csvNumbersArePlainAndExactAndTextsAreNeutralised() throws IOException {
        DataTable t = new DataTable(List.of("v", "s"), List.of(
                Arrays.asList(new BigDecimal("0.0"), "\tx"),
                Arrays.asList(new BigDecimal("1E+3"), "\rx"),
                Arrays.asList(new BigDecimal("0.00000001"), "a=b"),
                Arrays.asList(new BigDecimal("-0.30"), ""),
                Arrays.asList(new BigDecimal("123456789.123456789"), "text, with \"quotes\"\nand a line")));
        List<CSVRecord> records = parseCsv(ExportWriter.csv(t, pinned()));
        assertEquals(List.of("0.0", "'\tx"), records.get(1).toList());
        assertEquals(List.of("1000", "'\rx"), records.get(2).toList());
        assertEquals(List.of("0.00000001", "a=b"), records.get(3).toList());
        assertEquals(List.of("-0.30", ""), records.get(4).toList());
        assertEquals(List.of("123456789.123456789", "text, with \"quotes\"\nand a line"), records.get(5).toList());
    }

    @Test
    void neutralise() {
        assertEquals("'=1+1", ExportWriter.neutralise("=1+1"));
        assertEquals("'-5 text", ExportWriter.neutralise("-5 text"));
        assertEquals("'+1", ExportWriter.neutralise("+1"));
        assertEquals("'@x", ExportWriter.neutralise("@x"));
        assertEquals("C Industrie", ExportWriter.neutralise("C Industrie"));
        assertEquals("", ExportWriter.neutralise(""));
    }

    @Test
    void unsupportedCellTypeIsRefused() {
        DataTable t = new DataTable(List.of("v"), List.of(List.of(1.5d)));
        assertThrows(IllegalArgumentException.class, () -> ExportWriter.csv(t, pinned()));
        assertThrows(IllegalArgumentException.class, () -> ExportWriter.json(t, pinned()));
    }

    // ----------------------------------------------------------------------------------- JSON

    /** Reads floats as BigDecimal and keeps their scale (no stripping of trailing zeros). */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @Test
    void jsonParsesBackWithExactNumbersAndMetadata() throws IOException {
        DataTable table = table();
        String json = ExportWriter.json(table, pinned());
        JsonNode root = EXACT.readTree(json);

        List<String> top = new ArrayList<>();
        root.fieldNames().forEachRemaining(top::add);
        assertEquals(List.of("metadata", "columns", "rows"), top);

        JsonNode meta = root.get("metadata");
        List<String> metaFields = new ArrayList<>();
        meta.fieldNames().forEachRemaining(metaFields::add);
        assertEquals(List.of("title", "url", "source", "releases", "undatedRelease", "parameters", "asof", "licence",
                "generated"), metaFields);
        assertEquals("Industrie (C): productie, % t.o.v. een jaar eerder", meta.get("title").asText());
        assertEquals(pinned().url(), meta.get("url").asText());
        assertEquals("CBS StatLine 85806NED", meta.get("source").asText());
        assertEquals(1, meta.get("releases").size());
        assertEquals("2026-03-10", meta.get("releases").get(0).asText());
        assertTrue(meta.get("undatedRelease").isBoolean());
        assertFalse(meta.get("undatedRelease").booleanValue());
        assertEquals("2026-03-10", meta.get("asof").asText());
        assertEquals("CC BY 4.0 (CBS)", meta.get("licence").asText());
        assertEquals("2026-03-15", meta.get("generated").asText());
        List<String> paramOrder = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : meta.get("parameters").properties()) {
            paramOrder.add(e.getKey() + "=" + e.getValue().asText());
        }
        assertEquals(List.of("sectors=C", "measure=yoy_ca", "from=2025-09", "to=2025-12"), paramOrder);

        List<String> columns = new ArrayList<>();
        root.get("columns").forEach(n -> columns.add(n.asText()));
        assertEquals(table.columns(), columns);

        JsonNode rows = root.get("rows");
        assertEquals(table.rows().size(), rows.size());
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            JsonNode node = rows.get(r);
            assertEquals(row.size(), node.size());
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                JsonNode n = node.get(c);
                String where = "row " + r + " column " + table.columns().get(c);
                if (cell == null) {
                    assertTrue(n.isNull(), where);
                } else if (cell instanceof BigDecimal d) {
                    assertTrue(n.isNumber(), where);
                    assertEquals(0, d.compareTo(n.decimalValue()), where);
                    assertEquals(d.toPlainString(), n.decimalValue().toPlainString(), where);
                } else if (cell instanceof Boolean b) {
                    assertTrue(n.isBoolean(), where);
                    assertEquals(b, n.booleanValue(), where);
                } else {
                    assertTrue(n.isTextual(), where);
                    assertEquals(cell.toString(), n.textValue(), where); // texts as they are: no quote prefix
                }
            }
        }
        assertEquals(HYPERLINK, rows.get(0).get(9).textValue());
        assertEquals("2025-09", rows.get(0).get(0).textValue());
    }

    @Test
    void jsonNumberTokensAreWrittenExactly() throws IOException {
        DataTable t = new DataTable(List.of("v"), List.of(
                List.of(new BigDecimal("-0.3")), List.of(new BigDecimal("103.8")), List.of(new BigDecimal("0.0")),
                List.of(new BigDecimal("1E+3")), List.of(new BigDecimal("0.00000001")), List.of(new BigDecimal("2.40"))));
        String json = ExportWriter.json(t, pinned());
        List<String> tokens = new ArrayList<>();
        try (JsonParser p = EXACT.getFactory().createParser(json)) {
            boolean inRows = false;
            for (JsonToken tok = p.nextToken(); tok != null; tok = p.nextToken()) {
                if (tok == JsonToken.FIELD_NAME && "rows".equals(p.currentName())) {
                    inRows = true;
                }
                if (inRows && tok.isNumeric()) {
                    tokens.add(p.getText());
                }
            }
        }
        assertEquals(List.of("-0.3", "103.8", "0.0", "1000", "0.00000001", "2.40"), tokens);
    }

    @Test
    void jsonLatestUndatedAndEscaping() throws IOException {
        ExportMetadata meta = new ExportMetadata("Titel met \"aanhalingstekens\", \\ en\nregel", "https://x.example/",
                "CBS", List.of(), true, Map.of(), null, "CC BY 4.0", LocalDate.of(2026, 3, 15));
        DataTable t = new DataTable(List.of("s"), List.of(List.of("</script> \"q\" \\ \u2028 é")));
        String json = ExportWriter.json(t, meta);
        JsonNode root = EXACT.readTree(json);
        assertTrue(root.get("metadata").get("asof").isNull());
        assertTrue(root.get("metadata").get("undatedRelease").booleanValue());
        assertEquals(0, root.get("metadata").get("releases").size());
        assertEquals(0, root.get("metadata").get("parameters").size());
        assertEquals(meta.title(), root.get("metadata").get("title").textValue());
        assertEquals("</script> \"q\" \\ \u2028 é", root.get("rows").get(0).get(0).textValue());
    }

    @Test
    void jsonLayoutIsOneRowPerLine() {
        String json = ExportWriter.json(table(), pinned());
        assertFalse(json.contains("\r"));
        assertTrue(json.contains("\"columns\": [ \"month\", \"branch\","), json);
        assertTrue(json.contains("\n    [ \"2025-11\", \"C\", \"C Industrie\", 0.3, -0.9, 103.8, null, true, "
                + "\"2026-03-10\", \"@x\" ]"), json);
    }

    @Test
    void mediaTypes() {
        assertEquals("text/csv; charset=UTF-8", ExportWriter.CSV_TYPE);
        assertEquals("application/json", ExportWriter.JSON_TYPE);
    }
}
