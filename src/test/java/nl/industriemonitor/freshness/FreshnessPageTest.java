package nl.industriemonitor.freshness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.industriemonitor.web.Html;

/**
 * How current the figures are, on the bundled data (newest publication 10 June 2026, April 2026), with the app's
 * clock fixed: the notice of 5 December 2026 with its failed CBS attempt, the pinned state, the quiet line while
 * nothing is late, the readiness data, and a cached page that must not outlive the notice it shows.
 */
@QuarkusTest
class FreshnessPageTest {

    private static final Instant ATTEMPT = Instant.parse("2026-12-05T08:15:00Z");

    @Test
    void onFiveDecemberTheOverviewSaysNewerReleasesAreProbablyMissingAndWhyCbsFailed() {
        FixedClock.today(LocalDate.of(2026, 12, 5));
        FixedClock.lastAttempt(FixedClock.unreachable(ATTEMPT));
        Document doc = Html.get("/nl/", 200);
        assertThat(doc.select("#currency.stale")).hasSize(1);
        String text = Html.text(doc, "#currency");
        assertThat(text).contains("Waarschijnlijk niet de nieuwste cijfers")
                .contains("publicatie van 10 juni 2026, tot en met april 2026")
                .contains("rond 10 juli 2026 verwacht")
                .contains("ongeveer 5 publicaties");
        assertThat(Html.text(doc, "#currency-attempt"))
                .isEqualTo("Laatste poging om de tabel bij het CBS op te halen: 5 december 2026, 09:15. Die mislukte:"
                        + " het CBS was niet bereikbaar (ConnectException).");
        assertThat(Html.text(doc, "#currency-next")).startsWith("Volgende publicatie verwacht rond 10 december 2026")
                .contains("schatting uit de vorige 12 publicatiedata").contains("op de 10e, 2 maanden")
                .contains("de vrijdag ervoor");
        Document en = Html.get("/en/sector/20", 200);
        assertThat(Html.text(en, "#currency")).contains("Probably not the latest figures")
                .contains("probably published about 5 releases").contains("CBS could not be reached (ConnectException)");
    }

    @Test
    void aPinnedPageShowsNoNoticeButSaysItShowsAChosenPastState() {
        FixedClock.today(LocalDate.of(2026, 12, 5));
        FixedClock.lastAttempt(FixedClock.unreachable(ATTEMPT));
        Document doc = Html.get("/nl/?asof=2026-01-09", 200);
        assertThat(doc.select(".stale")).isEmpty();
        assertThat(Html.text(doc, "#currency.pinned")).startsWith("Deze pagina toont een gekozen eerdere stand: de cijfers"
                + " zoals ze op 9 januari 2026 gepubliceerd waren.");
        assertThat(doc.selectFirst("#currency a").attr("href")).isEqualTo("/nl/");
    }

    @Test
    void whileNothingIsLateThePagesSayOnlyWhenTheNextIsExpected() {
        FixedClock.today(LocalDate.of(2026, 6, 20));
        FixedClock.lastAttempt(null);
        Document doc = Html.get("/nl/releases", 200);
        assertThat(doc.select("#currency.stale, #currency-attempt")).isEmpty();
        assertThat(Html.text(doc, "#currency")).startsWith("Cijfers uit de CBS-publicatie van 10 juni 2026, tot en met april 2026.")
                .contains("Volgende publicatie verwacht rond 10 juli 2026");
    }

    @Test
    void aCachedPageIsNotServedOnceItsNoticeChanged() {
        FixedClock.lastAttempt(null);
        FixedClock.today(LocalDate.of(2026, 7, 12)); // two days after the estimate: not yet missing
        String path = "/nl/sector/20?from=2021-01&measure=index_sa"; // a spelling of its own, stored as an alias too
        var before = given().get(path).then().statusCode(200).extract();
        assertThat(before.asString()).doesNotContain("currency stale");
        assertThat(given().get(path).then().extract().asString()).doesNotContain("currency stale");
        FixedClock.today(LocalDate.of(2026, 7, 13));
        FixedClock.lastAttempt(null);
        var after = given().header("If-None-Match", before.header("ETag")).get(path).then().statusCode(200).extract();
        assertThat(after.asString()).contains("currency stale").contains("waarschijnlijk één publicatie")
                .contains("Deze site heeft het CBS sinds zijn start nog niet om nieuwe cijfers gevraagd.");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        FixedClock.today(LocalDate.of(2026, 7, 13));
        FixedClock.lastAttempt(FixedClock.unreachable(Instant.parse("2026-07-13T13:15:00Z")));
        assertThat(given().get(path).then().extract().asString()).contains("13 juli 2026, 15:15");
    }

    @Test
    void readinessReportsTheFreshnessAsDataAndStaysUp() {
        FixedClock.today(LocalDate.of(2026, 12, 5));
        FixedClock.lastAttempt(FixedClock.unreachable(ATTEMPT));
        String check = "checks.find { it.name == 'releases' }";
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(check + ".status", equalTo("UP"))
                .body(check + ".data.newest_release", equalTo("2026-06-10"))
                .body(check + ".data.newest_month", equalTo("2026-04"))
                .body(check + ".data.overdue", equalTo(true))
                .body(check + ".data.probably_missing", equalTo(5))
                .body(check + ".data.following_expected", equalTo("2026-07-10"))
                .body(check + ".data.next_expected", equalTo("2026-12-10"))
                .body(check + ".data.last_cbs_outcome", equalTo("CBS_UNREACHABLE"))
                .body(check + ".data.last_cbs_failure", equalTo("ConnectException"));
    }
}
