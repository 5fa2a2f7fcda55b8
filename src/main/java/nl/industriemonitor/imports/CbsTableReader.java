package nl.industriemonitor.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jboss.logging.Logger;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.FigureStatus;
import nl.industriemonitor.data.Measure;

/**
 * Reads table 85806NED as {@code cbsodata} and StatLine downloads write it: {@code ;}-separated, dimension
 * titles in place of keys ("C Industrie", "2025 februari*"), one column per topic under its OData key.
 * Quarters and years are skipped and counted; every bad cell is named by line and column, all or nothing.
 */
public final class CbsTableReader {

    static final String BRANCHES = "BedrijfstakkenBranchesSBI2008";
    static final String PERIODS = "Perioden";
    /**
     * Our measures by topic key as CBS numbers them in 85806NED (cbs-odata-format.md §9). Such a file
     * carries no metadata to read them from; a renumbered key is refused below rather than guessed.
     */
    static final Map<String, Measure> TOPICS = Map.of(
            "Productie_1", Measure.INDEX,
            "SeizoengecorrigeerdeProductie_3", Measure.INDEX_SA,
            "KalendergecorrigeerdeProductie_14", Measure.YOY_CA,
            "OntwSeizoengecorrigeerdeProductie_21", Measure.MOM_SA,
            "TotaleOmzet_15", Measure.TURNOVER_YOY);
    /** The other topics of 85806NED whose names our keys share; any other number means CBS renumbered. */
    private static final Set<String> OTHER_TOPICS = Set.of("KalendergecorrigeerdeProductie_2", "TotaleOmzet_4",
            "Productie_13");
    private static final int MAX_PROBLEMS = 200;
    private static final Logger LOG = Logger.getLogger(CbsTableReader.class);

    /** The release a file holds: such files state no date of their own, so the caller gives it. */
    public record Release(LocalDate published, boolean publishedExact, String source) {
    }

    /** The release read, with what was left out: rows of quarters and years, and branches we cannot place. */
    public record Result(ReleaseBatch batch, int rowsRead, int periodsSkipped, List<String> unresolvedBranches) {
    }

    /** A month row, kept until every row was read: only then is it known whether the file marks statuses. */
    private record MonthRow(String branch, String title, YearMonth month, Optional<FigureStatus> marked,
                            Map<Measure, BigDecimal> values, String where) {
    }

    private final BranchCatalogue catalogue;

    public CbsTableReader(BranchCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Whether a file's first line is the header of such a table. */
    public static boolean isTableHeader(String firstLine) {
        String line = firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
        List<String> names = List.of(line.strip().split(";"));
        return names.contains(BRANCHES) && names.contains(PERIODS);
    }

    public Result read(Reader reader, Release release) throws ImportRejectedException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setIgnoreEmptyLines(true).get();
        List<ImportProblem> problems = new ArrayList<>();
        List<MonthRow> rows = new ArrayList<>();
        Set<String> unresolved = new TreeSet<>();
        int read = 0;
        int skipped = 0;
        try (CSVParser parser = format.parse(withoutBom(reader))) {
            Map<String, Measure> columns = columns(parser.getHeaderNames(), problems);
            if (!problems.isEmpty()) {
                throw new ImportRejectedException(problems);
            }
            Map<String, String> seen = new HashMap<>();
            for (CSVRecord row : parser) {
                read++;
                String where = "line " + (row.getRecordNumber() + 1);
                if (row.size() != parser.getHeaderNames().size()) {
                    problems.add(new ImportProblem(where, null, "has " + row.size() + " fields, the header has "
                            + parser.getHeaderNames().size()));
                } else if (!TablePeriod.isMonth(row.get(PERIODS))) {
                    skipped += TablePeriod.check(row.get(PERIODS), where, problems) ? 1 : 0;
                } else {
                    readMonth(row, where, columns, seen, unresolved, problems).ifPresent(rows::add);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new ImportProblem("file", null, "not a readable ;-separated table: "
                    + ImportLimits.quote(String.valueOf(e.getMessage()))));
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem("line 1", null, "is not a usable header: "
                    + ImportLimits.quote(String.valueOf(e.getMessage()))));
        }
        if (problems.isEmpty() && rows.stream().allMatch(r -> r.values().isEmpty())) {
            problems.add(new ImportProblem("file", null, "holds no monthly figure of a branch we know"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        if (!unresolved.isEmpty()) {
            LOG.warnf("Branches of the table that are not in our catalogue, their rows are skipped: %s", unresolved);
        }
        boolean marked = rows.stream().anyMatch(r -> r.marked().isPresent());
        List<ImportedCell> cells = new ArrayList<>();
        for (MonthRow r : rows) {
            FigureStatus status = marked ? r.marked().orElse(FigureStatus.DEFINITIEF)
                    : TablePeriod.inferredStatus(r.month(), release.published());
            r.values().forEach((measure, amount) -> cells.add(new ImportedCell(r.branch(), r.title(), r.month(),
                    measure, amount, status, r.where(), release.source())));
        }
        ReleaseBatch batch = new ReleaseBatch(Dataset.PRODUCTION, release.published(), release.publishedExact(),
                release.source(), cells);
        return new Result(batch, read, skipped, List.copyOf(unresolved));
    }

    /** Our measures by column; a column that looks like one of ours under another number is refused. */
    private static Map<String, Measure> columns(List<String> header, List<ImportProblem> problems) {
        for (String required : List.of(BRANCHES, PERIODS)) {
            if (!header.contains(required)) {
                problems.add(new ImportProblem("line 1", required, "required column is missing"));
            }
        }
        Map<String, Measure> columns = new LinkedHashMap<>();
        for (String name : header) {
            Measure measure = TOPICS.get(name);
            if (measure != null) {
                columns.put(name, measure);
            } else if (!OTHER_TOPICS.contains(name) && TOPICS.keySet().stream()
                    .anyMatch(key -> name.startsWith(key.substring(0, key.lastIndexOf('_') + 1)))) {
                problems.add(new ImportProblem("line 1", name, "is not a topic key of 85806NED as CBS numbers"
                        + " them (" + String.join(", ", new TreeSet<>(TOPICS.keySet())) + "); has CBS renumbered"
                        + " its topics? Nothing was read, so that no figure lands under the wrong measure"));
            }
        }
        if (problems.isEmpty() && columns.isEmpty()) {
            problems.add(new ImportProblem("line 1", null, "has none of the topic columns "
                    + String.join(", ", new TreeSet<>(TOPICS.keySet()))));
        }
        return columns;
    }

    private Optional<MonthRow> readMonth(CSVRecord row, String where, Map<String, Measure> columns,
                                         Map<String, String> seen, Set<String> unresolved,
                                         List<ImportProblem> problems) {
        int before = problems.size();
        String title = row.get(BRANCHES).strip();
        ImportLimits.length(title, ImportLimits.BRANCH_TITLE, where, BRANCHES, problems);
        YearMonth month = TablePeriod.month(row.get(PERIODS), where, problems);
        Optional<String> code = catalogue.resolve(null, title);
        if (code.isEmpty()) {
            unresolved.add(ImportLimits.cut(title));
            return Optional.empty();
        }
        Map<Measure, BigDecimal> values = new LinkedHashMap<>();
        columns.forEach((column, measure) -> {
            BigDecimal amount = TablePeriod.number(row.get(column), where, column, problems);
            if (amount != null) {
                values.put(measure, amount);
            }
        });
        if (month != null) {
            String earlier = seen.putIfAbsent(code.get() + " " + month, where);
            if (earlier != null) {
                problems.add(new ImportProblem(where, BRANCHES, "branch " + code.get() + ", " + month
                        + " was already given in " + earlier));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String name = BranchTitle.parse(title).map(BranchTitle::name).orElse(title);
        return Optional.of(new MonthRow(code.get(), name, month, FigureStatus.byMark(row.get(PERIODS)), values, where));
    }

    /** cbsodata writes UTF-8 with a byte order mark, which would otherwise become part of the first column's name. */
    private static Reader withoutBom(Reader reader) throws IOException {
        java.io.PushbackReader in = new java.io.PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }
}
