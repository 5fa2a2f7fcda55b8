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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.FigureStatus;
import nl.industriemonitor.data.Measure;

/** The reader of tables with titles in place of keys, on the real table of 2025-04-10 and on small files. */
class CbsTableReaderTest {

    private static final BranchCatalogue CATALOGUE = BranchCatalogue.bundled();
    private static final CbsTableReader.Release RELEASE = new CbsTableReader.Release(LocalDate.of(2025, 4, 10),
            false, "test");
    private static final String HEADER = "\uFEFFID;BedrijfstakkenBranchesSBI2008;Perioden;Productie_1;"
            + "KalendergecorrigeerdeProductie_2;SeizoengecorrigeerdeProductie_3;Productie_13;"
            + "KalendergecorrigeerdeProductie_14;TotaleOmzet_15;OntwSeizoengecorrigeerdeProductie_21\n";

    private static CbsTableReader.Result bundled;

    @BeforeAll
    static void readBundled() throws Exception {
        try (Reader r = new InputStreamReader(CbsTableReaderTest.class.getClassLoader()
                .getResourceAsStream(BundledSnapshot.FULL_TABLE), StandardCharsets.UTF_8)) {
            bundled = new CbsTableReader(CATALOGUE).read(r, BundledSnapshot.FULL_TABLE_RELEASE);
        }
    }

    private static CbsTableReader.Result read(String text) throws ImportRejectedException {
        return new CbsTableReader(CATALOGUE).read(new StringReader(text), RELEASE);
    }

    private static Optional<ImportedCell> cell(ReleaseBatch batch, String branch, String month, Measure measure) {
        return batch.cells().stream().filter(c -> c.branchCode().equals(branch)
                && c.month().equals(YearMonth.parse(month)) && c.measure() == measure).findFirst();
    }

    private static BigDecimal amount(String branch, String month, Measure measure) {
        return cell(bundled.batch(), branch, month, measure).orElseThrow().amount();
    }

    @Test
    void readsTheFiveMeasuresOfTheRealTableAsPrinted() {
        // 20 Chemische industrie, 2005 januari: Productie_1 83.3, SeizoengecorrigeerdeProductie_3 88.6, ...
        assertThat(amount("20", "2005-01", Measure.INDEX)).isEqualTo(new BigDecimal("83.3"));
        assertThat(amount("20", "2005-01", Measure.INDEX_SA)).isEqualTo(new BigDecimal("88.6"));
        assertThat(amount("20", "2005-01", Measure.YOY_CA)).isEqualTo(new BigDecimal("2.9"));
        assertThat(amount("20", "2005-01", Measure.MOM_SA)).isEqualTo(new BigDecimal("1.0"));
        assertThat(amount("20", "2005-01", Measure.TURNOVER_YOY)).isEqualTo(new BigDecimal("11.7"));
        assertThat(amount("20", "2024-12", Measure.INDEX_SA)).isEqualTo(new BigDecimal("79.0"));
        assertThat(amount("C", "2024-11", Measure.YOY_CA)).isEqualTo(new BigDecimal("-0.6"));
        assertThat(amount("24", "2009-11", Measure.INDEX_SA)).isEqualTo(new BigDecimal("86.5"));
        assertThat(cell(bundled.batch(), "24", "2009-12", Measure.INDEX_SA)).isEmpty();
        // an empty cell is no figure: 09's seasonally adjusted index stops in 2024
        assertThat(cell(bundled.batch(), "09", "2025-01", Measure.INDEX_SA)).isEmpty();
    }

    @Test
    void storesEveryBranchAndSkipsQuartersAndYears() {
        assertThat(bundled.rowsRead()).isEqualTo(10_000);
        // 29 branches × (80 quarters + 20 years), 24 Basismetaalindustrie 19 quarters and 4 years
        assertThat(bundled.periodsSkipped()).isEqualTo(2_923);
        assertThat(bundled.unresolvedBranches()).isEmpty();
        assertThat(bundled.batch().cells().stream().map(ImportedCell::branchCode).distinct()).containsExactlyInAnyOrder(
                "B-E", "B", "06", "08", "09", "C", "10-12", "10", "11", "12", "13-15", "13", "14", "15", "16+23",
                "16", "17", "17-18", "18", "19-22", "19", "20", "20-21", "21", "22", "23", "24",
                "consumentenartikelen", "niet-duurzame-consumentenartikelen", "intermediaire-goederen");
        assertThat(bundled.batch().cells().stream().filter(c -> c.branchCode().equals("17"))
                .map(ImportedCell::month).distinct()).hasSize(242);
        assertThat(bundled.batch().published()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(bundled.batch().cells()).allMatch(c -> c.source().equals(BundledSnapshot.FULL_TABLE_RELEASE.source()));
    }

    @Test
    void withoutMarksTheStatusFollowsTheFiveMonthRule() {
        // released 2025-04-10: 2024 is still provisional (final by 1 June 2025), 2023 is final
        assertThat(cell(bundled.batch(), "C", "2025-02", Measure.INDEX).orElseThrow().status())
                .isEqualTo(FigureStatus.VOORLOPIG);
        assertThat(cell(bundled.batch(), "C", "2024-01", Measure.INDEX).orElseThrow().status())
                .isEqualTo(FigureStatus.VOORLOPIG);
        assertThat(cell(bundled.batch(), "C", "2023-12", Measure.INDEX).orElseThrow().status())
                .isEqualTo(FigureStatus.DEFINITIEF);
    }

    @Test
    void marksAfterThePeriodGiveTheThreeStates() throws Exception {
        ReleaseBatch batch = read(HEADER
                + "1;20 Chemische industrie;2024 december;74.2;74.5;79.0;-8.8;-10.8;-6.2;-4.0\n"
                + "2;20 Chemische industrie;2025 januari **;81.1;80.7;81.2;-2.3;-3.9;-6.3;2.8\n"
                + "3;20 Chemische industrie;2025 februari*;83.6;81.2;80.9;-4.4;-7.1;-10.0;-0.4\n").batch();

        assertThat(cell(batch, "20", "2024-12", Measure.INDEX).orElseThrow().status()).isEqualTo(FigureStatus.DEFINITIEF);
        assertThat(cell(batch, "20", "2025-01", Measure.INDEX).orElseThrow().status())
                .isEqualTo(FigureStatus.NADER_VOORLOPIG);
        assertThat(cell(batch, "20", "2025-02", Measure.INDEX).orElseThrow().status()).isEqualTo(FigureStatus.VOORLOPIG);
        assertThat(cell(batch, "20", "2025-02", Measure.INDEX).orElseThrow().provisional()).isTrue();
    }

    @Test
    void aMissingValueIsNoCellAndATitleIsResolvedThroughTheCatalogue() throws Exception {
        CbsTableReader.Result result = read(HEADER
                + "1;Vervaardiging niet-duurzame consumt.art.;2025 februari;.;;101.5;;;;\n"
                + "2;16+23 Hout- en bouwmaterialenindustrie;2025 februari;90.1;;;;;;\n"
                + "3;Vervaardiging van kapitaalgoederen;2025 februari;95.0;;;;;;\n");

        assertThat(result.batch().cells()).extracting(ImportedCell::branchCode, ImportedCell::measure).containsExactly(
                org.assertj.core.groups.Tuple.tuple("niet-duurzame-consumentenartikelen", Measure.INDEX_SA),
                org.assertj.core.groups.Tuple.tuple("16+23", Measure.INDEX));
        assertThat(result.unresolvedBranches()).containsExactly("Vervaardiging van kapitaalgoederen");
    }

    @Test
    void badCellsAreNamedByLineAndColumn() {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> read(HEADER
                + "1;20 Chemische industrie;2025 februari;83,6;;;;;;\n"
                + "2;20 Chemische industrie;2025 februarie;83.6;;;;;;\n"
                + "3;20 Chemische industrie;2025 januari;1e400;;;;;;\n"
                + "4;20 Chemische industrie;2024 december;83.6;;;;;;\n"));

        assertThat(e.problems()).extracting(ImportProblem::toString).containsExactly(
                "line 2, column Productie_1: '83,6' is not a number as CBS writes them (a decimal point, e.g. -0.3)",
                "line 3, column Perioden: '2025 februarie' is not a period as CBS titles them"
                        + " (2025 februari, 2025 1e kwartaal, 2025)",
                "line 4, column Productie_1: '1e400' is not a number as CBS writes them (a decimal point, e.g. -0.3)");
    }

    @Test
    void aBranchAndMonthGivenTwiceIsRefused() {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> read(HEADER
                + "1;20 Chemische industrie;2025 februari;83.6;;;;;;\n"
                + "2;20 Chemische industrie;2025 februari*;83.6;;;;;;\n"));

        assertThat(e.problems()).extracting(ImportProblem::toString)
                .containsExactly("line 3, column BedrijfstakkenBranchesSBI2008: branch 20, 2025-02 was already given in line 2");
    }

    @Test
    void aRenumberedTopicIsRefusedRatherThanGuessed() {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> read(
                "BedrijfstakkenBranchesSBI2008;Perioden;KalendergecorrigeerdeProductie_15\n"
                        + "C Industrie;2025 februari;1.0\n"));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).where()).isEqualTo("line 1");
        assertThat(e.problems().get(0).column()).isEqualTo("KalendergecorrigeerdeProductie_15");
        assertThat(e.problems().get(0).message()).contains("renumbered");
    }

    @Test
    void aTableWithoutPeriodsOrTopicsIsRefused() {
        assertThat(assertThrows(ImportRejectedException.class, () -> read("BedrijfstakkenBranchesSBI2008;Productie_1\n"
                + "C Industrie;100.0\n")).problems()).extracting(ImportProblem::toString)
                .containsExactly("line 1, column Perioden: required column is missing");
        assertThat(assertThrows(ImportRejectedException.class, () -> read("BedrijfstakkenBranchesSBI2008;Perioden;X_1\n"
                + "C Industrie;2025 februari;1\n")).problems()).extracting(ImportProblem::where).containsExactly("line 1");
    }

    @Test
    void theBundledTableMergesWithTheCompiledFiguresOfItsReleaseWithoutConflict() throws Exception {
        LocalDate april = LocalDate.of(2025, 4, 10);
        ReleaseBatch compiled;
        try (Reader r = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(BundledSnapshot.PRODUCTION),
                StandardCharsets.UTF_8)) {
            compiled = new CsvReleaseReader(CsvLayout.PRODUCTION, CATALOGUE).read(r).stream()
                    .filter(b -> april.equals(b.published())).findFirst().orElseThrow();
        }
        List<ImportedCell> overlap = compiled.cells().stream()
                .filter(c -> cell(bundled.batch(), c.branchCode(), c.month().toString(), c.measure()).isPresent()).toList();
        // SOURCES.md G: the 56 values the compiled file holds for this release are in the table, identical;
        // they are 55 figures, as two sources give total industry's February month-on-month (1.2)
        assertThat(overlap).hasSize(55);
        assertThat(overlap).allMatch(c -> amount(c.branchCode(), c.month().toString(), c.measure())
                .compareTo(c.amount()) == 0);

        // the merge of the bundled files finds no conflict, and stores one release of that date
        List<ReleaseBatch> releases = BundledSnapshot.bundledProduction(CATALOGUE);

        List<ReleaseBatch> ofApril = releases.stream().filter(b -> april.equals(b.published())).toList();
        assertThat(ofApril).hasSize(1);
        ReleaseBatch merged = ofApril.get(0);
        assertThat(merged.cells()).hasSize(bundled.batch().cells().size() + compiled.cells().size() - 55);
        assertThat(cell(merged, "20", "2025-02", Measure.YOY_CA).orElseThrow().amount()).isEqualTo(new BigDecimal("-7.1"));
        // what only the news release and reports give stays: basic metals' month-on-month of February
        assertThat(cell(merged, "24", "2025-02", Measure.MOM_SA).orElseThrow().amount()).isEqualTo(new BigDecimal("4.1"));
        assertThat(merged.source()).contains("CBS 85806NED table download 2025-04-22").contains("cbs.nl news en 2025/15");
    }

    @Test
    void aFigureTheTwoSourcesGiveDifferentlyRefusesTheMerge() throws Exception {
        ReleaseBatch table = read(HEADER + "1;20 Chemische industrie;2025 februari;83.6;;;;-7.0;;\n").batch();
        ReleaseBatch compiled = new ReleaseBatch(table.dataset(), table.published(), false, "cbs.nl news",
                List.of(new ImportedCell("20", "Chemische industrie", YearMonth.of(2025, 2), Measure.YOY_CA,
                        new BigDecimal("-7.1"), true, "line 9", "cbs.nl news")));

        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> ReleaseMerger.merge(table.dataset(), List.of(compiled, table)));

        assertThat(e.getMessage()).contains("-7.0").contains("-7.1").contains("line 2").contains("line 9");
    }
}
