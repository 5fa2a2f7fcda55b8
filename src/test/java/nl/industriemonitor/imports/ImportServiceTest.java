package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.DatabaseRows;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.data.SnapshotLoader;

@QuarkusTest
@TestProfile(IsolatedDatabase.class)
class ImportServiceTest {

    @Inject
    ImportService imports;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    CbsRefresh cbs;

    @Inject
    SnapshotLoader loader;

    private record Counts(long releases, long observations, long version) {
    }

    private Counts counts() {
        return new Counts(DatabaseRows.releases(), DatabaseRows.figures(),
                snapshots.current().version());
    }

    private List<ReleaseBatch> bundled() throws Exception {
        return BundledSnapshot.bundledProduction(imports.catalogue());
    }

    @Test
    void theSameContentTwiceAddsNothing() throws Exception {
        Counts before = counts();
        ImportService.Result again = imports.store(bundled(), "bundled file again");
        assertThat(again.addedReleaseIds()).isEmpty();
        assertThat(again.unchangedReleases()).isEqualTo(21);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFailureHalfWayLeavesTheDatabaseAndTheSnapshotUnchanged() {
        Counts before = counts();
        ImportedCell fine = new ImportedCell("C", "C Industrie", YearMonth.of(2030, 1), Measure.YOY_CA,
                new BigDecimal("1.0"), true, "line 2", "test");
        ReleaseBatch good = new ReleaseBatch(Dataset.PRODUCTION, LocalDate.of(2030, 3, 10), true, "test", List.of(fine));
        // the same figure twice in one release is refused while its figures are written, after the good one's
        ReleaseBatch broken = new ReleaseBatch(Dataset.PRODUCTION, LocalDate.of(2030, 4, 10), true, "test",
                List.of(fine, fine));
        assertThrows(RuntimeException.class, () -> imports.store(List.of(good, broken), "half-broken test import"));
        assertThat(counts()).isEqualTo(before);
        assertThat(snapshots.current().latest().figure("C", YearMonth.of(2030, 1), Measure.YOY_CA)).isEmpty();
    }

    @Test
    void aFileWithOneBadRowIsRefusedWhole() {
        Counts before = counts();
        String csv = "sbi_code,sbi_title,period,production_index,production_index_sa,yoy_calendar_adjusted_pct,"
                + "mom_sa_pct,turnover_yoy_pct,provisional,published,published_exact,source\n"
                + "C,C Industrie,2030-01,,,1.0,,,true,2030-03-10,true,test\n"
                + "C,C Industrie,2030-02,,,1;0,,,true,2030-04-10,true,test\n";
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> imports.store(new CsvReleaseReader(CsvLayout.PRODUCTION, imports.catalogue())
                        .read(new StringReader(csv)), "bad file"));
        assertThat(e.problems()).extracting(ImportProblem::toString)
                .containsExactly("line 3, column yoy_calendar_adjusted_pct: '1;0' is not a number (use a decimal point, e.g. -0.3)");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void valuesTheDatabaseCannotHoldExactlyAreRefusedNotRounded() {
        Counts before = counts();
        ImportedCell tooFine = new ImportedCell("C", "C Industrie", YearMonth.of(2030, 1), Measure.INDEX,
                new BigDecimal("100.12345"), false, "line 9", "test");
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> imports.store(
                List.of(new ReleaseBatch(Dataset.PRODUCTION, LocalDate.of(2030, 3, 10), true, "t", List.of(tooFine))), "t"));
        assertThat(e.problems().get(0).where()).isEqualTo("line 9");
        assertThat(counts()).isEqualTo(before);
        // eleven digits before the point, and four decimals written with trailing zeros after them
        ImportedCell tooLarge = new ImportedCell("C", "C Industrie", YearMonth.of(2030, 1), Measure.INDEX,
                new BigDecimal("12345678901.5"), false, "line 10", "test");
        ImportedCell fine = new ImportedCell("C", "C Industrie", YearMonth.of(2030, 1), Measure.INDEX_SA,
                new BigDecimal("100.123400"), false, "line 11", "test");
        e = assertThrows(ImportRejectedException.class, () -> imports.store(List.of(new ReleaseBatch(Dataset.PRODUCTION,
                LocalDate.of(2030, 3, 10), true, "t", List.of(tooLarge, fine))), "t"));
        assertThat(e.problems()).extracting(ImportProblem::where).containsExactly("line 10");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aCbsDownloadBecomesOneReleaseOnceAndIsServedAtOnce() throws Exception {
        try (FakeCbsServer server = FakeCbsServer.start("cbs/85806NED")) {
            Counts before = counts();
            CbsDownload download = new CbsODataReader(server.baseUrl(), java.time.Duration.ofSeconds(10),
                    imports.catalogue()).read();
            ImportService.Result first = imports.store(List.of(download.batch()), "fake CBS");
            assertThat(first.addedReleaseIds()).hasSize(1);
            assertThat(counts().releases()).isEqualTo(before.releases() + 1);
            assertThat(counts().version()).isGreaterThan(before.version());
            var figure = snapshots.current().latest()
                    .figure("consumentenartikelen", YearMonth.of(2024, 12), Measure.INDEX).orElseThrow();
            assertThat(figure.source()).isEqualTo("CBS StatLine 85806NED (OData)");
            assertThat(figure.release().published()).isEqualTo(LocalDate.of(2026, 3, 10));

            CbsDownload again = new CbsODataReader(server.baseUrl(), java.time.Duration.ofSeconds(10),
                    imports.catalogue()).read();
            assertThat(imports.store(List.of(again.batch()), "fake CBS again").changedAnything()).isFalse();
            assertThat(counts().releases()).isEqualTo(before.releases() + 1);
        }
    }

    @Test
    void unreachableCbsKeepsServingTheStoredData() {
        Counts before = counts();
        assertThat(cbs.refresh().outcome()).isEqualTo(CbsRefresh.Outcome.CBS_UNREACHABLE);
        assertThat(counts()).isEqualTo(before);
        assertThat(snapshots.current().latest().figure("C", YearMonth.of(2025, 11), Measure.YOY_CA)).isPresent();
    }

    @Test
    void undatedReleasesCountAsNewestButNeverAsOfADate() {
        var view = snapshots.current();
        // producer confidence August 2025: first print -2.2 (28 Aug 2025), later -3.3 from an undated report
        assertThat(view.latest().figure("C", YearMonth.of(2025, 8), Measure.PRODUCER_CONFIDENCE).orElseThrow().amount())
                .isEqualByComparingTo("-3.3");
        assertThat(view.asOf(LocalDate.of(2026, 11, 1)).figure("C", YearMonth.of(2025, 8), Measure.PRODUCER_CONFIDENCE)
                .orElseThrow().amount()).isEqualByComparingTo("-2.2");
        List<Object> undated = new ArrayList<>(view.releases().stream().filter(r -> r.published() == null).toList());
        assertThat(undated).hasSize(1);
    }

    @Test
    void theSnapshotAnImportPublishesEqualsTheDatabaseReadAgain() throws Exception {
        // a revision of a stored figure (with a padded amount), a whole number, a figure with its own
        // source, a branch the database does not know yet, and a release dated between stored ones
        YearMonth jan2031 = YearMonth.of(2031, 1);
        List<ImportedCell> cells = List.of(
                new ImportedCell("C", "C Industrie", YearMonth.of(2025, 11), Measure.YOY_CA, new BigDecimal("-0.30"),
                        false, "line 2"),
                new ImportedCell("20", "20 Chemische industrie", jan2031, Measure.INDEX, new BigDecimal("100"), true,
                        "line 3", "a news release"),
                new ImportedCell("99", "99 Proefindustrie", jan2031, Measure.INDEX_SA, new BigDecimal("1.2345"), true,
                        "line 4"));
        Snapshot before = snapshots.current();
        imports.store(List.of(new ReleaseBatch(Dataset.PRODUCTION, LocalDate.of(2025, 12, 15), true,
                "snapshot extension test", cells)), "snapshot extension test");
        Snapshot published = snapshots.current();

        assertThat(published).isNotSameAs(before);
        assertThat(describe(published)).isEqualTo(describe(loader.load()));
        assertThat(published.latest().branch("99")).isPresent();
        assertThat(before.latest().branch("99")).isEmpty();
    }

    @Test
    void aReleaseDatedBeforeAStoredOneKeepsWhatTheLaterOnePublished() throws Exception {
        // two releases publish the same history but the second's new month; a third dated between them, imported
        // last, revises February: the second, which inherited February from the first, must still show 101.
        // Branch 99 and dates before the bundled data's newest release keep the other tests' pages as they were.
        YearMonth jan = YearMonth.of(2031, 1);
        imports.store(List.of(release(LocalDate.of(2025, 10, 2), jan, "100", "101", "102")), "2 October");
        imports.store(List.of(release(LocalDate.of(2025, 11, 2), jan, "100", "101", "102", "103")), "2 November");
        long november = snapshots.current().latest().figure("99", jan, Measure.INDEX).orElseThrow().release().id();
        assertThat(storedMonths(november)).containsExactly(jan.plusMonths(3));

        imports.store(List.of(release(LocalDate.of(2025, 10, 21), jan, "100", "111", "102")), "21 October");

        Snapshot published = snapshots.current();
        assertThat(describe(published)).isEqualTo(describe(loader.load()));
        assertThat(published.latest().figure("99", jan.plusMonths(1), Measure.INDEX).orElseThrow().amount())
                .isEqualByComparingTo("101");
        assertThat(published.asOf(LocalDate.of(2025, 10, 25)).figure("99", jan.plusMonths(1), Measure.INDEX).orElseThrow()
                .amount()).isEqualByComparingTo("111");
        assertThat(published.vintages("99", jan.plusMonths(1), Measure.INDEX)).extracting(f -> f.amount().toPlainString())
                .containsExactly("101.0", "111.0", "101.0");
        assertThat(storedMonths(november)).containsExactly(jan.plusMonths(1), jan.plusMonths(3));
    }

    private static ReleaseBatch release(LocalDate published, YearMonth first, String... amounts) {
        List<ImportedCell> cells = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            cells.add(new ImportedCell("99", "99 Proefindustrie", first.plusMonths(i), Measure.INDEX,
                    new BigDecimal(amounts[i]), false, "line " + (i + 2)));
        }
        return new ReleaseBatch(Dataset.PRODUCTION, published, true, "sharing test " + published, cells);
    }

    /** The months a release's row of branch 99's index holds in its arrays (what it changed). */
    private static List<YearMonth> storedMonths(long releaseId) {
        return DatabaseRows.series().stream()
                .filter(r -> r.releaseId() == releaseId && r.branchCode().equals("99") && r.measure().equals("index"))
                .flatMap(r -> java.util.Arrays.stream(r.periodMonths())).map(YearMonth::from).toList();
    }

    /** Everything a page can ask of a snapshot, as text (amounts with their scale, releases with their times). */
    private static List<String> describe(Snapshot s) {
        List<String> lines = new ArrayList<>();
        lines.add("version " + s.version() + ", latest publication " + s.latestPublication() + ", last import "
                + s.lastImport());
        s.releases().forEach(r -> lines.add(r + " with " + s.figureCount(r.id()) + " figures"));
        for (BranchInfo branch : s.latest().branches()) {
            lines.add(branch.toString());
            for (Measure measure : Measure.values()) {
                for (YearMonth month : s.months(branch.code(), measure, null)) {
                    lines.add(branch.code() + " " + measure + " " + month + " " + s.vintages(branch.code(), month, measure));
                }
            }
        }
        return lines;
    }
}
