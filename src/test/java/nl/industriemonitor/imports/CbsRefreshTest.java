package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.DatabaseRows;
import nl.industriemonitor.data.FigureStatus;
import nl.industriemonitor.data.Release;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * The CBS refresh against a local stand-in of the OData feed: the schedule imports a new table once
 * and then does nothing while CBS's "last modified" stamp stays; a feed that breaks half-way leaves
 * the data served before untouched and says why in the log. The story runs in order on one database.
 */
@QuarkusTest
@TestProfile(FakeCbsProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CbsRefreshTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2025, 11);

    @Inject
    CbsRefresh cbs;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    Scheduler scheduler;

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        FakeCbsResource.server().reset();
        Logger.getLogger(CbsRefresh.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(CbsRefresh.class.getName()).removeHandler(capture);
        scheduler.pause();
    }

    @Test
    @Order(2)
    void aFeedThatFailsOnItsSecondPageLeavesThePreviousDataServing() {
        nextRelease().failWith500("TypedDataSet.skip-8");
        State before = state();

        CbsRefresh.Report report = cbs.refreshIfModified("test");

        assertThat(report.outcome()).isEqualTo(CbsRefresh.Outcome.CBS_UNREACHABLE);
        assertThat(state()).isEqualTo(before);
        assertThat(yoy(NOVEMBER)).isEqualByComparingTo("0.3");
        assertThat(log).anySatisfy(line -> assertThat(line).contains("answered HTTP 500")
                .contains("TypedDataSet").contains("nothing stored"));
    }

    @Test
    @Order(3)
    void aTruncatedAnswerLeavesThePreviousDataServing() {
        nextRelease().truncate("TypedDataSet.skip-16");
        State before = state();

        CbsRefresh.Report report = cbs.refreshIfModified("test");

        assertThat(report.outcome()).isEqualTo(CbsRefresh.Outcome.CBS_UNREACHABLE);
        assertThat(state()).isEqualTo(before);
        assertThat(yoy(NOVEMBER)).isEqualByComparingTo("0.3");
        assertThat(log).anySatisfy(line -> assertThat(line).contains("malformed or truncated JSON")
                .contains("nothing stored"));
    }

    @Test
    @Order(1)
    void theScheduleImportsOnceAndThenDoesNothing() throws InterruptedException {
        State before = state();
        Instant resumed = Instant.now();
        scheduler.resume();
        CbsRefresh.Report first = nextScheduled(resumed);
        assertThat(first.outcome()).isEqualTo(CbsRefresh.Outcome.IMPORTED);
        State afterFirst = state();
        assertThat(afterFirst.releases()).isEqualTo(before.releases() + 1);
        assertThat(afterFirst.observations()).isEqualTo(before.observations() + 52);
        assertThat(yoy(NOVEMBER)).isEqualByComparingTo("0.3");
        String importedBy = QuarkusTransaction.requiringNew()
                .call(() -> Release.<Release>find("order by id desc").firstResult().importedBy);
        assertThat(importedBy).isEqualTo(CbsSchedule.BY);
        // CBS's Status NaderVoorlopig of September 2025 is kept apart from voorlopig, also in the database
        assertThat(status(YearMonth.of(2025, 9))).isEqualTo(FigureStatus.NADER_VOORLOPIG);
        assertThat(status(NOVEMBER)).isEqualTo(FigureStatus.VOORLOPIG);
        snapshots.reload();
        assertThat(status(YearMonth.of(2025, 9))).as("read back from the database").isEqualTo(FigureStatus.NADER_VOORLOPIG);
        assertThat(status(NOVEMBER)).as("read back from the database").isEqualTo(FigureStatus.VOORLOPIG);

        CbsRefresh.Report second = nextScheduled(first.at());
        assertThat(second.outcome()).isEqualTo(CbsRefresh.Outcome.NOT_MODIFIED);
        assertThat(state()).isEqualTo(afterFirst);
        // the second run asked only for TableInfos, never for the data
        List<String> requests = FakeCbsResource.server().requests();
        assertThat(requests.get(requests.size() - 1)).isEqualTo("TableInfos");
    }

    @Test
    @Order(4)
    void aNewReleaseAtCbsIsImportedWithItsRevisions() {
        nextRelease();
        State before = state();

        assertThat(cbs.refreshIfModified("test").outcome()).isEqualTo(CbsRefresh.Outcome.IMPORTED);

        assertThat(state().releases()).isEqualTo(before.releases() + 1);
        assertThat(yoy(NOVEMBER)).isEqualByComparingTo("-0.3");
        var vintages = snapshots.current().vintages("C", NOVEMBER, Measure.YOY_CA);
        assertThat(vintages).extracting(f -> f.release().published())
                .containsExactly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 10));
        assertThat(cbs.refreshIfModified("test").outcome()).isEqualTo(CbsRefresh.Outcome.NOT_MODIFIED);
    }

    @Test
    @Order(5)
    void theWhatChangedPageAndTheFeedShowExactlyTheRevisions() throws Exception {
        var page = org.jsoup.Jsoup.parse(io.restassured.RestAssured.given().get("/en/releases/2026-04-10").asString());
        List<String> revised = page.select("#revisions tbody tr").stream()
                .map(tr -> tr.attr("data-branch") + " " + tr.attr("data-measure") + " " + tr.attr("data-month") + " "
                        + tr.select("td.before").text() + " → " + tr.select("td.after").text()
                        + " (" + tr.select("td.difference").text() + ")")
                .toList();
        assertThat(revised).containsExactly(
                "C yoy_ca 2025-12 +1.4% → −0.7% (−2.1)",
                "C yoy_ca 2025-09 +2.4% → +1.2% (−1.2)",
                "C yoy_ca 2025-10 +1.7% → +0.7% (−1.0)",
                "C yoy_ca 2025-11 +0.3% → −0.3% (−0.6)");

        String atom = io.restassured.RestAssured.given().get("/en/releases.atom").asString();
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                atom.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        String newest = entries.item(0).getTextContent();
        assertThat(newest).contains("10 April 2026").contains("4 revised").contains("/en/releases/2026-04-10");
    }

    @Test
    @Order(6)
    void downloadingTheSameContentAgainAddsNothing() {
        nextRelease();
        State before = state();

        assertThat(cbs.refreshNow("test").outcome()).isEqualTo(CbsRefresh.Outcome.UNCHANGED);
        assertThat(state()).isEqualTo(before);
    }

    /** CBS's next release: a later "last modified" stamp and four revised figures (see the fixture's README). */
    private static FakeCbsServer nextRelease() {
        return FakeCbsResource.server().replace("TableInfos", "cbs/85806NED-revised/TableInfos.json")
                .replace("TypedDataSet", "cbs/85806NED-revised/TypedDataSet.json");
    }

    private CbsRefresh.Report nextScheduled(Instant after) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var last = cbs.last();
            if (last.isPresent() && last.get().by().equals(CbsSchedule.BY) && last.get().at().isAfter(after)) {
                return last.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the schedule did not run within 20 s");
    }

    private BigDecimal yoy(YearMonth month) {
        return snapshots.current().latest().figure("C", month, Measure.YOY_CA).orElseThrow().amount();
    }

    private FigureStatus status(YearMonth month) {
        return snapshots.current().latest().figure("C", month, Measure.YOY_CA).orElseThrow().status();
    }

    private record State(long releases, long observations, long version) {
    }

    private State state() {
        return new State(DatabaseRows.releases(), DatabaseRows.figures(),
                snapshots.current().version());
    }
}
