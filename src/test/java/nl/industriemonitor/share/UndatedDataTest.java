package nl.industriemonitor.share;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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
    DataSource dataSource;

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

    private void storeUndatedReleaseOnce() throws Exception {
        if (snapshots.current().releases().size() == 1) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("insert into branch (code, name_nl, name_en, parent_code,"
                    + " energy_intensive, sort_order) values ('C', 'Industrie', 'Manufacturing', null, false, 0)")) {
                st.executeUpdate();
            }
            long id;
            try (PreparedStatement st = c.prepareStatement("insert into data_release (dataset, published, published_exact,"
                    + " source, imported_at, checksum, cell_count, imported_by) values ('PRODUCTION', null, false,"
                    + " 'an upload without a date', ?, 'undated', 1, 'test')", new String[] {"id"})) {
                st.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement st = c.prepareStatement("insert into observation_series (release_id, branch_code,"
                    + " measure, period_months, amounts, provisional, sources) values (?, 'C', 'yoy_ca',"
                    + " array[date '2025-11-01'], array[-0.3], array[false], array[cast(null as varchar)])")) {
                st.setLong(1, id);
                st.executeUpdate();
            }
        }
        snapshots.reload();
    }
}
