package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Measure;

class CsvReleaseReaderTest {

    private static final String HEADER = "sbi_code,sbi_title,period,production_index,production_index_sa,"
            + "yoy_calendar_adjusted_pct,mom_sa_pct,turnover_yoy_pct,provisional,published,published_exact,source\n";

    private final BranchCatalogue catalogue = BranchCatalogue.bundled();

    private List<ReleaseBatch> readBundled(String resource, CsvLayout layout) throws Exception {
        try (Reader r = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            return new CsvReleaseReader(layout, catalogue).read(r);
        }
    }

    private static List<ReleaseBatch> read(String csv) throws ImportRejectedException {
        return new CsvReleaseReader(CsvLayout.PRODUCTION, BranchCatalogue.bundled()).read(new StringReader(csv));
    }

    private static Optional<ImportedCell> cell(ReleaseBatch batch, String branch, String month, Measure measure) {
        return batch.cells().stream().filter(c -> c.branchCode().equals(branch)
                && c.month().equals(YearMonth.parse(month)) && c.measure() == measure).findFirst();
    }

    private static ReleaseBatch release(List<ReleaseBatch> batches, String published) {
        return batches.stream().filter(b -> LocalDate.parse(published).equals(b.published())).findFirst()
                .orElseThrow();
    }

    @Test
    void everyPublicationDateOfTheBundledFileIsOneRelease() throws Exception {
        List<ReleaseBatch> batches = readBundled(BundledSnapshot.PRODUCTION, CsvLayout.PRODUCTION);
        // 21 distinct values in the file's published column
        assertThat(batches).hasSize(21);
        assertThat(batches).allMatch(b -> b.dataset() == Dataset.PRODUCTION);
        assertThat(batches).extracting(ReleaseBatch::published).isSorted();
    }

    @Test
    void rowsOfOneReleaseFromSeveralSourcesAreMerged() throws Exception {
        ReleaseBatch first = release(readBundled(BundledSnapshot.PRODUCTION, CsvLayout.PRODUCTION), "2026-01-09");
        // C 2025-11: yoy 0.7 from the CBS release, mom -0.5 from the ANP report of the same release
        ImportedCell yoy = cell(first, "C", "2025-11", Measure.YOY_CA).orElseThrow();
        assertThat(yoy.amount()).isEqualTo(new BigDecimal("0.7"));
        assertThat(yoy.provisional()).isTrue();
        assertThat(yoy.source()).isEqualTo("cbs.nl news en 2026/02 (Nov 2025 release)");
        assertThat(cell(first, "C", "2025-11", Measure.MOM_SA).orElseThrow().amount()).isEqualTo(new BigDecimal("-0.5"));
        assertThat(first.source()).contains("cbs.nl news en 2026/02").contains("welingelichtekringen.nl/ANP");
        assertThat(first.publishedExact()).isTrue();
        // nothing was invented for the missing columns of those rows
        assertThat(cell(first, "C", "2025-11", Measure.INDEX_SA)).isEmpty();
    }

    @Test
    void codelessGroupingIsResolvedAndSnapshotProvisionalFlagsKept() throws Exception {
        ReleaseBatch snapshotA = release(readBundled(BundledSnapshot.PRODUCTION, CsvLayout.PRODUCTION), "2025-12-10");
        ImportedCell jan = cell(snapshotA, "consumentenartikelen", "2025-01", Measure.INDEX).orElseThrow();
        assertThat(jan.amount()).isEqualTo(new BigDecimal("104.9"));
        assertThat(jan.provisional()).isTrue();
        assertThat(cell(snapshotA, "consumentenartikelen", "2024-12", Measure.INDEX).orElseThrow().provisional()).isFalse();
    }

    @Test
    void producerConfidenceRowsWithoutDateFormAnUndatedRelease() throws Exception {
        List<ReleaseBatch> batches = readBundled(BundledSnapshot.PRODUCER_CONFIDENCE, CsvLayout.PRODUCER_CONFIDENCE);
        assertThat(batches).extracting(ReleaseBatch::published)
                .containsExactly(LocalDate.parse("2025-07-30"), LocalDate.parse("2025-08-28"), null);
        ReleaseBatch firstPrint = batches.get(1);
        assertThat(cell(firstPrint, "C", "2025-08", Measure.PRODUCER_CONFIDENCE).orElseThrow().amount())
                .isEqualTo(new BigDecimal("-2.2"));
        ReleaseBatch undated = batches.get(2);
        assertThat(undated.cells()).hasSize(7);
        assertThat(undated.publishedExact()).isFalse();
        assertThat(cell(undated, "C", "2025-08", Measure.PRODUCER_CONFIDENCE).orElseThrow().amount())
                .isEqualTo(new BigDecimal("-3.3"));
    }

    @Test
    void twoDifferentValuesForOneFigureInOneReleaseAreRefusedNamingBothRows() {
        String csv = HEADER
                + "C,C Industrie,2025-11,,,0.7,,,true,2026-01-09,true,source one\n"
                + "C,C Industrie,2025-11,,,0.7,,,true,2026-01-09,true,source two\n"
                + "C,C Industrie,2025-11,,,0.8,,,true,2026-01-09,true,source three\n";
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> read(csv));
        assertThat(e.problems()).hasSize(1);
        ImportProblem p = e.problems().get(0);
        assertThat(p.where()).isEqualTo("line 4");
        assertThat(p.column()).isEqualTo("yoy_ca");
        assertThat(p.message()).contains("0.8").contains("0.7").contains("line 2");
    }

    @Test
    void everyBadCellIsNamedByLineAndColumn() {
        String csv = HEADER
                + "C,C Industrie,2025-13,,,0.7,,,true,2026-01-09,true,s\n"
                + "20,Chemische industrie,2025-11,,,0,7,,,true,2026-01-09,true,s\n"
                + "20,Chemische industrie,2025-11,,abc,,,,true,2026-01-09,true,s\n"
                + ",Onbekende groep,2025-11,,1.0,,,,true,2026-01-09,true,s\n"
                + "C,C Industrie,2025-10,,,0.7,,,yes,9 jan 2026,true,\n";
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> read(csv));
        assertThat(e.problems()).extracting(ImportProblem::toString).containsExactly(
                "line 2, column period: '2025-13' is not a month as YYYY-MM",
                "line 3: has 13 fields, the header has 12",
                "line 4, column production_index_sa: 'abc' is not a number (use a decimal point, e.g. -0.3)",
                "line 5, column sbi_code: no SBI code, and the title 'Onbekende groep' is not a known branch grouping",
                "line 6, column published: '9 jan 2026' is not a date as YYYY-MM-DD",
                "line 6, column provisional: 'yes' must be true or false",
                "line 6, column source: every figure needs its source");
    }

    @Test
    void missingColumnsAreNamed() {
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> read("sbi_code,period,published,source\nC,2025-11,2026-01-09,s\n"));
        assertThat(e.problems()).extracting(ImportProblem::column).contains("production_index", "mom_sa_pct");
        assertThat(e.problems()).allMatch(p -> p.where().equals("line 1"));
    }

    @Test
    void productionRowsNeedAReleaseDate() {
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> read(HEADER + "C,C Industrie,2025-11,,,0.7,,,true,,false,s\n"));
        assertThat(e.problems()).extracting(ImportProblem::toString)
                .containsExactly("line 2, column published: the release date is missing");
    }
}
