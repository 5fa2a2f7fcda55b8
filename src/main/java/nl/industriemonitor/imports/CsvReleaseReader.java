package nl.industriemonitor.imports;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import nl.industriemonitor.data.Measure;

/**
 * Reads one of our CSV files into releases, all or nothing: every bad cell is reported with its
 * line and column, and rows of the same release date are merged by {@link ReleaseMerger}.
 */
public final class CsvReleaseReader {

    private static final int MAX_PROBLEMS = 200;
    private static final Set<String> BOOLEANS = Set.of("true", "false");

    private final CsvLayout layout;
    private final BranchCatalogue catalogue;

    public CsvReleaseReader(CsvLayout layout, BranchCatalogue catalogue) {
        this.layout = layout;
        this.catalogue = catalogue;
    }

    public List<ReleaseBatch> read(Reader reader) throws ImportRejectedException {
        // a column named twice would leave it to the parser which of the two counts
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setIgnoreEmptyLines(true).get();
        ReleaseMerger merger = new ReleaseMerger(layout.dataset());
        List<ImportProblem> problems = new ArrayList<>();
        try (CSVParser parser = parse(format, reader)) {
            checkHeader(parser.getHeaderMap(), problems);
            if (!problems.isEmpty()) {
                throw new ImportRejectedException(problems);
            }
            for (CSVRecord row : parser) {
                readRow(row, merger, problems);
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new ImportProblem("file", null, "not a readable CSV file: "
                    + ImportLimits.quote(String.valueOf(e.getMessage()))));
        }
        if (problems.isEmpty() && merger.isEmpty()) {
            problems.add(new ImportProblem("file", null, "holds no figures: no row has a value in any of the columns "
                    + String.join(", ", layout.measureColumns().keySet())));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return merger.batches();
    }

    /** commons-csv refuses a header with a repeated or empty name by throwing; that is the file's fault. */
    private static CSVParser parse(CSVFormat format, Reader reader) throws IOException, ImportRejectedException {
        try {
            return format.parse(reader);
        } catch (IllegalArgumentException e) {
            throw new ImportRejectedException(new ImportProblem("line 1", null,
                    "is not a usable header: " + ImportLimits.quote(String.valueOf(e.getMessage()))));
        }
    }

    private void checkHeader(Map<String, Integer> header, List<ImportProblem> problems) {
        List<String> required = new ArrayList<>(List.of("sbi_code", "period", "published", "source"));
        required.addAll(layout.measureColumns().keySet());
        for (String column : required) {
            if (header == null || !header.containsKey(column)) {
                problems.add(new ImportProblem("line 1", column, "required column is missing"));
            }
        }
    }

    private void readRow(CSVRecord row, ReleaseMerger merger, List<ImportProblem> problems) {
        String where = "line " + (row.getRecordNumber() + 1);
        int before = problems.size();
        int expected = row.getParser().getHeaderNames().size();
        if (row.size() != expected) {
            problems.add(new ImportProblem(where, null, "has " + row.size() + " fields, the header has " + expected));
            return;
        }
        String title = text(row, "sbi_title");
        ImportLimits.length(text(row, "sbi_code"), ImportLimits.BRANCH_CODE, where, "sbi_code", problems);
        ImportLimits.length(title, ImportLimits.BRANCH_TITLE, where, "sbi_title", problems);
        String branch = catalogue.resolve(text(row, "sbi_code"), title).orElse(null);
        if (branch == null) {
            problems.add(new ImportProblem(where, "sbi_code", "no SBI code, and the title " + ImportLimits.quote(title)
                    + " is not a known branch grouping"));
        }
        YearMonth month = parseMonth(text(row, "period"), where, problems);
        LocalDate published = parsePublished(text(row, "published"), where, problems);
        boolean provisional = parseBoolean(row, "provisional", where, problems);
        boolean exact = parseBoolean(row, "published_exact", where, problems);
        String source = text(row, "source");
        if (source.isEmpty()) {
            problems.add(new ImportProblem(where, "source", "every figure needs its source"));
        }
        ImportLimits.length(source, ImportLimits.CELL_SOURCE, where, "source", problems);
        List<ImportedCell> cells = new ArrayList<>();
        for (Map.Entry<String, Measure> column : layout.measureColumns().entrySet()) {
            String raw = text(row, column.getKey());
            if (raw.isEmpty()) {
                continue; // missing stays missing
            }
            if (raw.length() > ImportLimits.NUMBER_CHARACTERS) {
                // new BigDecimal takes time quadratic in the digits: a 1 MB number would hold a CPU for half a minute
                problems.add(new ImportProblem(where, column.getKey(), ImportLimits.quote(raw)
                        + " is too long for a number (at most " + ImportLimits.NUMBER_CHARACTERS + " characters)"));
                continue;
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(raw);
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(where, column.getKey(),
                        ImportLimits.quote(raw) + " is not a number (use a decimal point, e.g. -0.3)"));
                continue;
            }
            String tooBig = ImportLimits.amountProblem(amount);
            if (tooBig != null) {
                problems.add(new ImportProblem(where, column.getKey(), tooBig));
            } else {
                cells.add(new ImportedCell(branch, title, month, column.getValue(), amount, provisional, where, source));
            }
        }
        if (problems.size() == before) {
            merger.add(where, published, exact, source, cells, problems);
        }
    }

    private YearMonth parseMonth(String raw, String where, List<ImportProblem> problems) {
        try {
            YearMonth month = YearMonth.parse(raw);
            if (ImportLimits.plausible(month)) {
                return month;
            }
            problems.add(new ImportProblem(where, "period", ImportLimits.quote(raw) + " is out of range (expected "
                    + ImportLimits.yearsAllowed() + ")"));
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(where, "period", ImportLimits.quote(raw)
                    + " is not a month as YYYY-MM"));
        }
        return null;
    }

    private LocalDate parsePublished(String raw, String where, List<ImportProblem> problems) {
        if (raw.isEmpty()) {
            if (layout.publishedRequired()) {
                problems.add(new ImportProblem(where, "published", "the release date is missing"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw);
            if (ImportLimits.plausible(date)) {
                return date;
            }
            problems.add(new ImportProblem(where, "published", ImportLimits.quote(raw) + " is out of range (expected "
                    + ImportLimits.yearsAllowed() + ")"));
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(where, "published", ImportLimits.quote(raw)
                    + " is not a date as YYYY-MM-DD"));
        }
        return null;
    }

    private static boolean parseBoolean(CSVRecord row, String column, String where, List<ImportProblem> problems) {
        String raw = text(row, column);
        if (raw.isEmpty()) {
            return false;
        }
        if (!BOOLEANS.contains(raw)) {
            problems.add(new ImportProblem(where, column, ImportLimits.quote(raw) + " must be true or false"));
        }
        return Boolean.parseBoolean(raw);
    }

    private static String text(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column).strip() : "";
    }
}
