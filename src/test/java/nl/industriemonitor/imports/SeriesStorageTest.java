package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.DatabaseRows;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.FigureStatus;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.SnapshotLoader;

/**
 * A release's figures, stored as series rows through Hibernate, read back through the entities exactly as
 * imported: months given out of order, every kind of awkward source, the largest and smallest amounts the
 * column holds, CBS's three states (definitief, nader voorlopig, voorlopig). The same month twice in one series is refused and nothing is written.
 * {@link SeriesStoragePostgresqlTest} runs the same on PostgreSQL.
 */
@QuarkusTest
@TestProfile(SeriesStorageTest.OwnDatabase.class)
class SeriesStorageTest {

    /** A database of its own: the releases this test adds must not become other tests' latest figures. */
    public static class OwnDatabase extends IsolatedDatabase {
        @Override
        protected String name() {
            return "series-storage";
        }
    }

    @Inject
    ImportService imports;

    /** 403 figures over several series, months given out of order, with every kind of awkward source. */
    static List<ImportedCell> cells() {
        String[] sources = {null, "", "CBS 85806NED", "tab\there", "line\nbreak\r\nand CR", "back\\slash \\N \\t",
            "quote \" and ' and , comma", "Ünïcödé − minus, 中文", "\\", "ends with backslash\\"};
        List<ImportedCell> cells = new ArrayList<>();
        for (int n = 0; n < 403; n++) {
            int i = n * 7 % 403;
            BigDecimal amount = new BigDecimal(i % 2 == 0 ? "-1234567890.1234" : "0.0001").add(BigDecimal.valueOf(i));
            cells.add(new ImportedCell(i % 3 == 0 ? "C" : "24-25", "title", YearMonth.of(1990 + i / 12, i % 12 + 1),
                    Measure.values()[i % 5], amount, FigureStatus.values()[i % 7 % 3], "line " + i,
                    sources[i % sources.length]));
        }
        return cells;
    }

    @Test
    void everyFigureIsReadBackExactly() throws Exception {
        List<ImportedCell> cells = cells();
        ImportService.Result result = imports.store(List.of(batch(cells)), "series storage test");
        long release = result.addedReleaseIds().get(0);

        List<String> stored = new ArrayList<>();
        for (SnapshotLoader.SeriesRow row : DatabaseRows.series()) {
            if (row.releaseId() == release) {
                row.figures((id, branch, month, measure, amount, status, source) -> stored.add(
                        String.join("|", branch, month.toString(), measure.code, amount.stripTrailingZeros().toPlainString(),
                                status.name(), String.valueOf(source))));
            }
        }
        List<String> expected = cells.stream().map(cell -> String.join("|", cell.branchCode(), cell.month().toString(),
                cell.measure().code, cell.amount().stripTrailingZeros().toPlainString(), cell.status().name(),
                String.valueOf(cell.source()))).toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(stored).anyMatch(line -> line.contains("|NADER_VOORLOPIG|"));
    }

    @Test
    void theSameMonthTwiceInOneSeriesIsRefusedAndNothingWritten() {
        ImportedCell first = new ImportedCell("C", "title", YearMonth.of(2025, 1), Measure.INDEX, BigDecimal.ONE, false,
                "line 2");
        ImportedCell again = new ImportedCell("C", "title", YearMonth.of(2025, 1), Measure.INDEX, BigDecimal.TEN, false,
                "line 9");
        long releases = DatabaseRows.releases();
        String figures = DatabaseRows.figuresDigest();

        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> imports.store(List.of(batch(List.of(first, again))), "twice"));

        assertThat(refused).hasStackTraceContaining("C, 2025-01, " + Measure.INDEX.code)
                .hasStackTraceContaining("line 2 and line 9");
        assertThat(DatabaseRows.releases()).isEqualTo(releases);
        assertThat(DatabaseRows.figuresDigest()).isEqualTo(figures);
    }

    /** A release dated after the bundled ones; each test's figures differ, so each is new content. */
    private static ReleaseBatch batch(List<ImportedCell> cells) {
        return new ReleaseBatch(Dataset.PRODUCTION, LocalDate.of(2031, 1, 1), true, "series storage " + UUID.randomUUID(),
                cells);
    }
}
