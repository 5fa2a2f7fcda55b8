package nl.industriemonitor.imports.eurostat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.industriemonitor.data.EuropeData;
import nl.industriemonitor.imports.ImportLimits;
import nl.industriemonitor.imports.ImportProblem;
import nl.industriemonitor.imports.ImportRejectedException;

/**
 * Reads Eurostat's wide CSV of {@code sts_inpr_m} (SOURCES.md H): one row per country, the dimension columns
 * {@code freq,indic_bt,nace_r2,s_adj,unit,geo\TIME_PERIOD}, then one column per month; an empty cell is no figure.
 * Only production volume, seasonally and calendar adjusted, 2021 = 100, monthly is taken; anything else, and any
 * cell that is not a plain number, refuses the whole set of files with every problem named.
 */
public final class EurostatCsvReader {

    static final List<String> DIMENSIONS = List.of("freq", "indic_bt", "nace_r2", "s_adj", "unit", "geo\\TIME_PERIOD");
    /** The one series of sts_inpr_m this app keeps, as the dimensions name it. */
    static final Map<String, String> FIXED = Map.of("freq", "M", "indic_bt", "PRD", "s_adj", "SCA", "unit", "I21");
    static final Pattern GEO = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,10}(\\.\\d{1,4})?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final int MAX_PROBLEMS = 50;

    private EurostatCsvReader() {
    }

    /** The figures of every file, keyed by file name for the messages; one division and country once in all. */
    public static List<EurostatCell> read(Map<String, byte[]> files) throws ImportRejectedException {
        List<EurostatCell> cells = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> series = new HashSet<>();
        files.forEach((name, content) -> readFile(name, content, cells, series, problems));
        if (problems.isEmpty() && cells.isEmpty()) {
            problems.add(new ImportProblem(String.join(", ", files.keySet()), null, "holds no figure"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return cells;
    }

    private static void readFile(String name, byte[] content, List<EurostatCell> cells, Set<String> series,
                                 List<ImportProblem> problems) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                problems.add(new ImportProblem(name, null, "is empty"));
                return;
            }
            List<YearMonth> months = header(name, records.get(0), problems);
            if (months == null) {
                return;
            }
            for (CSVRecord record : records.subList(1, records.size())) {
                row(name + ", line " + record.getRecordNumber(), record, months, cells, series, problems);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new ImportProblem(name, null, "is not readable as CSV: " + e.getMessage()));
        }
    }

    private static List<YearMonth> header(String name, CSVRecord header, List<ImportProblem> problems) {
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            if (i >= header.size() || !DIMENSIONS.get(i).equals(header.get(i))) {
                problems.add(new ImportProblem(name + ", line 1", null, "expected the columns "
                        + String.join(",", DIMENSIONS) + " followed by months (YYYY-MM)"));
                return null;
            }
        }
        List<YearMonth> months = new ArrayList<>();
        for (int i = DIMENSIONS.size(); i < header.size(); i++) {
            String raw = header.get(i).strip();
            try {
                if (!MONTH.matcher(raw).matches()) {
                    throw new DateTimeParseException("not YYYY-MM", raw, 0);
                }
                YearMonth month = YearMonth.parse(raw);
                if (months.contains(month) || !ImportLimits.plausible(month)) {
                    throw new DateTimeParseException("repeated or implausible", raw, 0);
                }
                months.add(month);
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(name + ", line 1", ImportLimits.quote(raw), "is not a month of its own (YYYY-MM)"));
                return null;
            }
        }
        if (months.isEmpty()) {
            problems.add(new ImportProblem(name + ", line 1", null, "has no month columns"));
            return null;
        }
        return months;
    }

    private static void row(String where, CSVRecord record, List<YearMonth> months, List<EurostatCell> cells,
                            Set<String> series, List<ImportProblem> problems) {
        if (record.size() != DIMENSIONS.size() + months.size()) {
            problems.add(new ImportProblem(where, null, "has " + record.size() + " fields, the header "
                    + (DIMENSIONS.size() + months.size())));
            return;
        }
        for (Map.Entry<String, String> fixed : FIXED.entrySet()) {
            String value = record.get(DIMENSIONS.indexOf(fixed.getKey()));
            if (!fixed.getValue().equals(value)) {
                problems.add(new ImportProblem(where, fixed.getKey(), "is " + ImportLimits.quote(value) + ", only "
                        + fixed.getValue() + " is kept (production volume, seasonally and calendar adjusted, 2021 = 100, monthly)"));
                return;
            }
        }
        String nace = record.get(2);
        String geo = record.get(5);
        if (!EuropeData.isNace(nace)) {
            problems.add(new ImportProblem(where, "nace_r2", ImportLimits.quote(nace) + " is not manufacturing (C) or one of its divisions (C10 … C33)"));
            return;
        }
        if (!GEO.matcher(geo).matches()) {
            problems.add(new ImportProblem(where, "geo", ImportLimits.quote(geo) + " is not a Eurostat country code"));
            return;
        }
        if (!series.add(nace + "|" + geo)) {
            problems.add(new ImportProblem(where, null, "repeats " + nace + " for " + geo));
            return;
        }
        for (int i = 0; i < months.size(); i++) {
            String raw = record.get(DIMENSIONS.size() + i).strip();
            if (raw.isEmpty()) {
                continue;
            }
            String column = months.get(i).toString();
            if (!NUMBER.matcher(raw).matches()) {
                problems.add(new ImportProblem(where, column, ImportLimits.quote(raw) + " is not a number (a point for decimals, at most 4)"));
                continue;
            }
            cells.add(new EurostatCell(nace, geo, months.get(i), new BigDecimal(raw), null, where + ", " + column));
        }
    }
}
