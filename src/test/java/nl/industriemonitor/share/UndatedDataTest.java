package nl.industriemonitor.share;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.industriemonitor.data.Branch;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ObservationSeries;
import nl.industriemonitor.data.Release;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * Data whose only release states no publication date (an upload of a file without one): there is no
 * version to pin a link to, so the pages offer the live link only, instead of failing on the date.
 */
@QuarkusTest
@TestProfile(UndatedDataTest.UndatedOnly.class)
class UndatedDataTest {

    public static class UndatedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:undated;DB_CLOSE_DELAY=-1",
                    "industriemonitor.bundled.load", "false");
        }
    }

    @Inject
    SnapshotHolder snapshots;

    @ParameterizedTest
    @ValueSource(strings = {"/nl/data", "/en/data", "/nl/"})
    void pagesOfferTheLiveLinkOnly(String path) throws Exception {
        storeUndatedReleaseOnce();
        String html = given().get(path).then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".share-state")).hasSize(1);
        assertThat(page.select(".share-state a[data-pinned]")).isEmpty();
        assertThat(html).doesNotContain("asof=");
    }

    private void storeUndatedReleaseOnce() {
        if (snapshots.current().releases().size() == 1) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Branch.of(new BranchInfo("C", "Industrie", "Manufacturing", null, false, 0)).persist();
            Release release = new Release();
            release.dataset = Dataset.PRODUCTION;
            release.published = null;
            release.publishedExact = false;
            release.source = "an upload without a date";
            release.importedAt = Instant.now();
            release.checksum = "undated";
            release.cellCount = 1;
            release.importedBy = "test";
            release.persist();
            ObservationSeries series = new ObservationSeries();
            series.id = new ObservationSeries.Key(release.id, "C", Measure.YOY_CA);
            series.periodMonths = new LocalDate[] {LocalDate.of(2025, 11, 1)};
            series.amounts = new BigDecimal[] {new BigDecimal("-0.3")};
            series.provisional = new Boolean[] {false};
            series.sources = new String[] {null};
            series.persist();
        });
        snapshots.reload();
    }
}
