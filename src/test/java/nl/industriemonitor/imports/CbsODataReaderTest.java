package nl.industriemonitor.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.FigureStatus;
import nl.industriemonitor.data.Measure;

/** The OData reader against the fixtures in {@code cbs/85806NED}, served locally; never the internet. */
class CbsODataReaderTest {

    private static final String INVALID = "cbs/85806NED-invalid/";

    private FakeCbsServer cbs;

    @BeforeEach
    void start() throws Exception {
        cbs = FakeCbsServer.start("cbs/85806NED");
    }

    @AfterEach
    void stop() {
        cbs.close();
    }

    private CbsDownload read() throws Exception {
        return reader(cbs.baseUrl()).read();
    }

    private static CbsODataReader reader(URI base) {
        return new CbsODataReader(base, Duration.ofSeconds(5), BranchCatalogue.bundled());
    }

    private static Optional<ImportedCell> cell(CbsDownload d, String branch, String month, Measure measure) {
        return d.batch().cells().stream().filter(c -> c.branchCode().equals(branch)
                && c.month().equals(YearMonth.parse(month)) && c.measure() == measure).findFirst();
    }

    private static BigDecimal amount(CbsDownload d, String branch, String month, Measure measure) {
        return cell(d, branch, month, measure).orElseThrow(() -> new AssertionError(
                "no cell " + branch + " " + month + " " + measure)).amount();
    }

    @Test
    void readsRealFiguresExactly() throws Exception {
        CbsDownload d = read();

        assertEquals(new BigDecimal("103.8"), amount(d, "C", "2025-11", Measure.INDEX_SA));
        assertEquals(new BigDecimal("0.3"), amount(d, "C", "2025-11", Measure.YOY_CA));
        assertEquals(new BigDecimal("-0.9"), amount(d, "C", "2025-11", Measure.MOM_SA));
        assertEquals(new BigDecimal("81.5"), amount(d, "20", "2025-11", Measure.INDEX_SA));
        assertEquals(new BigDecimal("0"), amount(d, "20", "2025-11", Measure.YOY_CA));
        assertEquals(new BigDecimal("115.0"), amount(d, "21", "2025-09", Measure.INDEX_SA), "scale kept");
        assertEquals(new BigDecimal("-18.5"), amount(d, "21", "2025-12", Measure.MOM_SA), "from page 3");
        assertEquals(new BigDecimal("35.5"), amount(d, "06", "2025-09", Measure.INDEX));
        assertEquals(new BigDecimal("-20.0"), amount(d, "06", "2025-10", Measure.TURNOVER_YOY));
        assertEquals(52, d.batch().cells().size());
        assertEquals(12, d.batch().cells().stream().filter(c -> c.branchCode().equals("C")).count());
    }

    @Test
    void describesTheRelease() throws Exception {
        CbsDownload d = read();

        assertEquals(Dataset.PRODUCTION, d.batch().dataset());
        assertEquals(LocalDate.of(2026, 3, 10), d.batch().published());
        assertTrue(d.batch().publishedExact());
        assertEquals("CBS StatLine 85806NED (OData)", d.batch().source());
        assertEquals(LocalDateTime.of(2026, 3, 10, 2, 0), d.modified());
        ImportedCell c = cell(d, "C", "2025-11", Measure.INDEX_SA).orElseThrow();
        assertEquals("Industrie", c.branchTitle());
        assertTrue(c.origin().startsWith("TypedDataSet ID "), c.origin());
    }

    @Test
    void nullIsNoCell() throws Exception {
        CbsDownload d = read();

        assertTrue(cell(d, "C", "2025-11", Measure.INDEX).isEmpty());
        assertTrue(cell(d, "C", "2025-11", Measure.TURNOVER_YOY).isEmpty());
        assertTrue(cell(d, "06", "2025-09", Measure.MOM_SA).isEmpty());
        assertTrue(d.batch().cells().stream().allMatch(c -> c.amount() != null));
    }

    @Test
    void skipsAnnualQuarterlyAndUnknownBranches() throws Exception {
        CbsDownload d = read();

        assertEquals(20, d.rowsRead());
        assertEquals(4, d.rowsSkipped(), "2 annual, 1 quarterly, 1 unresolved branch");
        assertEquals(List.of("Vervaardiging van kapitaalgoederen"), d.unresolvedBranches());
        assertTrue(d.batch().cells().stream().noneMatch(c -> c.origin().equals("TypedDataSet ID 0")
                || c.origin().equals("TypedDataSet ID 1") || c.origin().equals("TypedDataSet ID 8")));
        assertEquals(List.of("06", "20", "21", "C", "consumentenartikelen"), d.batch().cells().stream()
                .map(ImportedCell::branchCode).distinct().sorted().toList());
    }

    @Test
    void resolvesCodelessGroupingThroughCatalogue() throws Exception {
        CbsDownload d = read();

        ImportedCell c = cell(d, "consumentenartikelen", "2025-08", Measure.INDEX_SA).orElseThrow();
        assertEquals("Vervaardiging van consumentenartikelen", c.branchTitle());
        assertEquals(new BigDecimal("109.4"), c.amount());
    }

    @Test
    void readsTheThreeStatesOfCbs() throws Exception {
        CbsDownload d = read();

        assertEquals(FigureStatus.DEFINITIEF, cell(d, "consumentenartikelen", "2024-12", Measure.INDEX).orElseThrow().status());
        assertEquals(FigureStatus.NADER_VOORLOPIG,
                cell(d, "consumentenartikelen", "2025-08", Measure.INDEX).orElseThrow().status());
        assertEquals(FigureStatus.NADER_VOORLOPIG, cell(d, "20", "2025-09", Measure.MOM_SA).orElseThrow().status());
        assertEquals(FigureStatus.VOORLOPIG, cell(d, "20", "2025-10", Measure.MOM_SA).orElseThrow().status());
        assertEquals(FigureStatus.VOORLOPIG, cell(d, "C", "2025-12", Measure.INDEX_SA).orElseThrow().status(),
                "title '*' only");
        // the two-state accessor the store still uses: nader voorlopig is provisional
        assertFalse(cell(d, "consumentenartikelen", "2024-12", Measure.INDEX).orElseThrow().provisional());
        assertTrue(cell(d, "consumentenartikelen", "2025-08", Measure.INDEX).orElseThrow().provisional());
    }

    @Test
    void statusComesFromTheFieldElseTheTitlesMark() {
        assertEquals(java.util.Optional.of(FigureStatus.NADER_VOORLOPIG), FigureStatus.byCbsKey("NaderVoorlopig"));
        assertEquals(java.util.Optional.of(FigureStatus.NADER_VOORLOPIG), FigureStatus.byCbsKey(" nader voorlopig "));
        assertEquals(java.util.Optional.empty(), FigureStatus.byCbsKey("Revised"));
        assertEquals(java.util.Optional.of(FigureStatus.NADER_VOORLOPIG), FigureStatus.byMark("2025 januari**"));
        assertEquals(java.util.Optional.of(FigureStatus.VOORLOPIG), FigureStatus.byMark("2025 januari*"));
        assertEquals(java.util.Optional.empty(), FigureStatus.byMark("2024 december"));
    }

    @Test
    void followsNextLinksAndKeepsJsonFormat() throws Exception {
        read();

        assertEquals(List.of("TableInfos", "DataProperties", "BedrijfstakkenBranchesSBI2008", "Perioden",
                "Perioden.skip-5", "TypedDataSet", "TypedDataSet.skip-8", "TypedDataSet.skip-16"), cbs.requests());
    }

    @Test
    void mapsMeasuresByTitlePathNotKey() {
        assertEquals(Optional.of(Measure.INDEX),
                CbsMetadata.measureFor(List.of("Indexcijfers", "Productie", "Productie (2021=100)")));
        assertEquals(Optional.of(Measure.INDEX_SA),
                CbsMetadata.measureFor(List.of("INDEXCIJFERS", "productie", "Seizoengecorrigeerde productie")));
        assertEquals(Optional.of(Measure.YOY_CA), CbsMetadata.measureFor(
                List.of("Ontwikkeling t.o.v. een jaar eerder", "Productie", "Kalendergecorrigeerde productie (%)")));
        assertEquals(Optional.of(Measure.TURNOVER_YOY),
                CbsMetadata.measureFor(List.of("Ontwikkeling t.o.v. een jaar eerder", "Omzet", "Totale omzet (%)")));
        assertEquals(Optional.of(Measure.MOM_SA), CbsMetadata.measureFor(
                List.of("Ontwikkeling t.o.v. een maand eerder", "Productie", "Seizoengecorrigeerde productie")));
        // CBS's real tree: the topic directly under the group, whatever its exact title (81810NED's below)
        assertEquals(Optional.of(Measure.MOM_SA), CbsMetadata.measureFor(
                List.of("Ontwikkeling t.o.v. de vorige periode", "Seizoengecorrigeerde productie ")));
        assertEquals(Optional.of(Measure.MOM_SA), CbsMetadata.measureFor(
                List.of("Ontwikkeling t.o.v. de vorige periode", "Ontwikkeling seizoengecorr. dagproductie")));
        assertEquals(Optional.empty(), CbsMetadata.measureFor(
                List.of("Ontwikkeling t.o.v. de vorige periode", "Omzet", "Seizoengecorrigeerde omzet totaal")));
        assertEquals(Optional.empty(), CbsMetadata.measureFor(List.of("Indexcijfers", "Omzet", "Totale omzet")));
        assertEquals(Optional.empty(), CbsMetadata.measureFor(List.of("Productie")));
    }

    @Test
    void readsMeasureKeysFromFixtureMetadata() throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("cbs/85806NED/DataProperties.json")) {
            new ObjectMapper().readTree(in).get("value").forEach(rows::add);
        }

        // the real 24 topics with empty TopicGroup keys: five are ours, the decoys (Productie_13,
        // KalendergecorrigeerdeProductie_2, TotaleOmzet_4, the other turnover series) stay out
        assertEquals(Map.of("Productie_1", Measure.INDEX, "SeizoengecorrigeerdeProductie_3", Measure.INDEX_SA,
                "KalendergecorrigeerdeProductie_14", Measure.YOY_CA, "TotaleOmzet_15", Measure.TURNOVER_YOY,
                "OntwSeizoengecorrigeerdeProductie_21", Measure.MOM_SA), CbsMetadata.measures(rows));
        assertTrue(rows.stream().filter(r -> "TopicGroup".equals(r.get("Type").asText()))
                .allMatch(r -> r.get("Key").asText().isEmpty()), "the fixture has CBS's empty group keys");
        assertEquals(24, rows.stream().filter(r -> "Topic".equals(r.get("Type").asText())).count());
    }

    @Test
    void rejectsNonNumericValuesNamingRecordAndColumn() {
        cbs.replace("TypedDataSet", INVALID + "TypedDataSet-not-numeric.json");

        ImportRejectedException e = assertThrows(ImportRejectedException.class, this::read);

        assertEquals(3, e.problems().size(), e.getMessage());
        ImportProblem notNumber = e.problems().get(0);
        assertEquals("TypedDataSet ID 17", notNumber.where());
        assertEquals("SeizoengecorrigeerdeProductie_3", notNumber.column());
        assertTrue(notNumber.message().contains("103,8"), notNumber.message());
        assertEquals(new ImportProblem("TypedDataSet ID 18", "BedrijfstakkenBranchesSBI2008",
                "branch key 999999 is not listed in BedrijfstakkenBranchesSBI2008"), e.problems().get(1));
        assertEquals("TypedDataSet ID 19", e.problems().get(2).where());
        assertEquals("Perioden", e.problems().get(2).column());
    }

    @Test
    void rejectsMetadataWithoutKnownMeasures() {
        cbs.replace("DataProperties", INVALID + "DataProperties-no-measures.json");

        ImportRejectedException e = assertThrows(ImportRejectedException.class, this::read);

        assertEquals("DataProperties", e.problems().get(0).where());
        assertFalse(cbs.requests().contains("TypedDataSet"), "stops before the data");
    }

    @Test
    void refusesAListingWithoutTheMonthOnMonthTopicNamingIt() {
        cbs.replace("DataProperties", INVALID + "DataProperties-no-mom.json");

        ImportRejectedException e = assertThrows(ImportRejectedException.class, this::read);

        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("DataProperties", e.problems().get(0).where());
        assertTrue(e.getMessage().contains("measure mom_sa"), e.getMessage());
        assertTrue(e.getMessage().contains("Ontwikkeling t.o.v. de vorige periode"), e.getMessage());
        assertFalse(cbs.requests().contains("TypedDataSet"), "nothing of the data is read");
    }

    @Test
    void rejectsAMeasureFoundTwiceNamingBothKeys() {
        cbs.replace("DataProperties", INVALID + "DataProperties-duplicate.json");

        ImportRejectedException e = assertThrows(ImportRejectedException.class, this::read);

        assertTrue(e.getMessage().contains("OntwSeizoengecorrigeerdeProductie_21"), e.getMessage());
        assertTrue(e.getMessage().contains("SeizoengecorrigeerdeProductieMaand_22"), e.getMessage());
        assertTrue(e.getMessage().contains("mom_sa"), e.getMessage());
    }

    @Test
    void http500OnSecondPageIsUnavailable() {
        cbs.failWith500("TypedDataSet.skip-8");

        CbsUnavailableException e = assertThrows(CbsUnavailableException.class, this::read);

        assertTrue(e.getMessage().contains("500"), e.getMessage());
        assertTrue(e.url().toString().endsWith("/TypedDataSet?$format=json&$skip=8"), e.url().toString());
        assertTrue(cbs.requests().contains("TypedDataSet.skip-8"));
    }

    @Test
    void truncatedBodyIsUnavailable() {
        cbs.truncate("TypedDataSet.skip-8");

        CbsUnavailableException e = assertThrows(CbsUnavailableException.class, this::read);

        assertTrue(e.getMessage().contains("JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("TypedDataSet?$format=json&$skip=8"), e.getMessage());
    }

    @Test
    void unreachableServerIsUnavailable() throws Exception {
        URI base;
        try (FakeCbsServer gone = FakeCbsServer.start("cbs/85806NED")) {
            base = gone.baseUrl();
        }

        CbsUnavailableException e = assertThrows(CbsUnavailableException.class, () -> reader(base).read());

        assertTrue(e.getMessage().contains(base + "/TableInfos"), e.getMessage());
    }

    @Test
    void silentServerTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            URI base = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/odata/85806NED");
            CbsODataReader slow = new CbsODataReader(base, Duration.ofMillis(300), BranchCatalogue.bundled());

            CbsUnavailableException e = assertThrows(CbsUnavailableException.class, slow::read);

            assertTrue(e.getMessage().contains("within PT0.3S"), e.getMessage());
        }
    }

    @Test
    void fakeServerAnswers404ForUnknownPages() throws Exception {
        CbsUnavailableException e = assertThrows(CbsUnavailableException.class,
                () -> reader(URI.create(cbs.baseUrl() + "/nothing-here")).read());

        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }
}
