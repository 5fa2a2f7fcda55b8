package nl.industriemonitor.imports.eurostat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.industriemonitor.cluster.ScheduledRefresh;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.EuropeData;
import nl.industriemonitor.data.Release;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * The Eurostat refresh against a local stand-in of the dissemination API: a malformed answer changes nothing and
 * says why; an answer in JSON-stat 2.0 with something new is stored as a new Eurostat release of what it adds,
 * and CBS's releases stay exactly as they were; the same answer again adds nothing. In order, on one database.
 */
@QuarkusTest
@TestProfile(FakeEurostatProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EurostatRefreshTest {

    @Inject
    EurostatRefresh refresh;

    @Inject
    EurostatSchedule schedule;

    @Inject
    SnapshotHolder snapshots;

    /** Every release row as text: id, dataset, date, checksum, figures. */
    private static List<String> releases(boolean eurostat) {
        return QuarkusTransaction.requiringNew().call(() -> Release.<Release>listAll().stream()
                .filter(r -> (r.dataset == Dataset.EUROSTAT_PRODUCTION) == eurostat)
                .map(r -> r.id + " " + r.dataset + " " + r.published + " " + r.checksum + " " + r.cellCount).sorted().toList());
    }

    @ParameterizedTest
    @Order(1)
    @CsvSource(delimiter = '|', value = {
            "eurostat/malformed-truncated.json | 200 | REFUSED | not readable as JSON",
            "eurostat/malformed-unit-i15.json | 200 | REFUSED | only I21 is kept",
            "eurostat/malformed-value-text.json | 200 | REFUSED | 85,8",
            "eurostat/malformed-size.json | 200 | REFUSED | says 2, the dimension lists 3",
            "eurostat/malformed-error.json | 200 | REFUSED | No results found",
            "eurostat/malformed-error.json | 400 | UNREACHABLE | HTTP 400",
            "eurostat/sts_inpr_m.json | 503 | UNREACHABLE | HTTP 503"})
    void aMalformedAnswerChangesNothingAndSaysWhy(String fixture, int status, EurostatRefresh.Outcome outcome, String why) {
        List<String> cbs = releases(false);
        List<String> eurostat = releases(true);
        Snapshot before = snapshots.current();
        FakeEurostatProfile.Server.server().answer(fixture, status);

        EurostatRefresh.Report report = refresh.refresh("test");

        assertThat(report.outcome()).isEqualTo(outcome);
        assertThat(report.failed()).isTrue();
        assertThat(report.message()).contains(why).contains("nothing stored")
                .contains("still serving the 1 Eurostat releases already stored");
        assertThat(releases(false)).isEqualTo(cbs);
        assertThat(releases(true)).isEqualTo(eurostat);
        assertThat(snapshots.current()).isSameAs(before);
    }

    @Test
    @Order(2)
    void anAnswerWithSomethingNewIsStoredAsAReleaseOfItsOwnAndCbsStaysAsItWas() {
        List<String> cbs = releases(false);
        Snapshot before = snapshots.current();
        var cbsNovember = before.latest().figure("20", YearMonth.of(2025, 11), nl.industriemonitor.data.Measure.INDEX_SA);
        FakeEurostatProfile.Server.server().answer("eurostat/sts_inpr_m.json", 200);

        EurostatRefresh.Report report = refresh.refresh("test");

        assertThat(report.outcome()).isEqualTo(EurostatRefresh.Outcome.IMPORTED);
        assertThat(report.message()).contains("12 figures new or revised of 216 read");
        assertThat(FakeEurostatProfile.Server.server().queries()).singleElement().asString()
                .contains("format=JSON", "freq=M", "indic_bt=PRD", "s_adj=SCA", "unit=I21", "nace_r2=C17", "nace_r2=C20",
                        "sinceTimePeriod=2023-01");
        assertThat(releases(false)).isEqualTo(cbs);
        assertThat(releases(true)).hasSize(2);
        Snapshot after = snapshots.current();
        assertThat(after.releases()).isEqualTo(before.releases());
        assertThat(after.latest().figure("20", YearMonth.of(2025, 11), nl.industriemonitor.data.Measure.INDEX_SA))
                .isEqualTo(cbsNovember);
        EuropeData europe = after.europe();
        var fresh = europe.releases().get(1);
        assertThat(fresh.dataset()).isEqualTo(Dataset.EUROSTAT_PRODUCTION);
        assertThat(fresh.published()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(fresh.publishedExact()).isTrue();
        assertThat(fresh.source()).isEqualTo(JsonStatReader.SOURCE);
        assertThat(europe.figureCount(fresh.id())).isEqualTo(12);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Release.<Release>findById(fresh.id()).sourceModified))
                .isEqualTo(LocalDateTime.of(2026, 3, 16, 23, 0));
        // December 2025: the same 78.5, now with Eurostat's "provisional" and the new release
        EuropeData.Figure december = europe.asOf(null).figure("C20", "NL", YearMonth.of(2025, 12)).orElseThrow();
        assertThat(december.amount()).isEqualByComparingTo(new BigDecimal("78.5"));
        assertThat(december.provisional()).isTrue();
        assertThat(december.release()).isEqualTo(fresh);
        // as published before it: the bundled release's figure
        EuropeData.Figure earlier = europe.asOf(LocalDate.of(2026, 3, 1)).figure("C20", "NL", YearMonth.of(2025, 12)).orElseThrow();
        assertThat(earlier.provisional()).isFalse();
        assertThat(earlier.release()).isEqualTo(europe.releases().get(0));
        // a month the answer repeats unchanged stays with the release that first published it
        assertThat(europe.asOf(null).figure("C20", "NL", YearMonth.of(2023, 1)).orElseThrow().release())
                .isEqualTo(europe.releases().get(0));
    }

    @Test
    @Order(3)
    void theSameAnswerAgainAddsNothing() {
        List<String> eurostat = releases(true);
        Snapshot before = snapshots.current();

        EurostatRefresh.Report report = refresh.refresh("test");

        assertThat(report.outcome()).isEqualTo(EurostatRefresh.Outcome.UNCHANGED);
        assertThat(report.message()).contains("nothing added");
        assertThat(releases(true)).isEqualTo(eurostat);
        assertThat(snapshots.current()).isSameAs(before);
    }

    @Test
    @Order(4)
    void aScheduledFireTimeRunsOnceAndNeverTakesCbssClaim() {
        LocalDateTime fire = LocalDateTime.of(2026, 3, 17, 10, 30, 30);
        FakeEurostatProfile.Server.server().answer("eurostat/sts_inpr_m.json", 200);
        schedule.runSlot(fire.plusNanos(1000));
        schedule.runSlot(fire.plusNanos(1000));
        assertThat(FakeEurostatProfile.Server.server().queries()).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ScheduledRefresh.holder(fire))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ScheduledRefresh.holder(fire.plusNanos(1000)))).isPresent();
    }
}
