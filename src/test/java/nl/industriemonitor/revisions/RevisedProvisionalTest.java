package nl.industriemonitor.revisions;

import static nl.industriemonitor.web.Html.get;
import static nl.industriemonitor.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.FigureStatus;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * A figure CBS calls nader voorlopig ({@code **}) is shown as such, apart from voorlopig, on the pages and in
 * the downloads. The database cannot store the third state yet, so the figure is put into the served
 * snapshot directly (as an import publishes one), and the stored data are read back afterwards.
 */
@QuarkusTest
class RevisedProvisionalTest {

    @Inject
    SnapshotHolder snapshots;

    @Test
    void naderVoorlopigIsShownDistinctlyOnPagesAndInDownloads() {
        Snapshot stored = snapshots.current();
        long id = stored.version() + 1000;
        Snapshot.Builder next = stored.extend(id);
        next.release(new ReleaseInfo(id, Dataset.PRODUCTION, LocalDate.of(2026, 7, 10), true, "test release",
                Instant.parse("2026-07-10T08:00:00Z")));
        // April 2026 revised once: CBS prints it with **
        next.observation(id, "C", YearMonth.of(2026, 4), Measure.YOY_CA, new BigDecimal("4.5"),
                FigureStatus.NADER_VOORLOPIG, null);
        snapshots.publish(stored, next.build());
        try {
            Document revisions = get("/nl/revisions?sector=C&month=2026-04", 200);
            assertThat(text(revisions, "#vintages tr[data-published=2026-07-10] td.status")).isEqualTo("nader voorlopig");
            assertThat(text(revisions, "#vintages tr[data-published=2026-06-10] td.status")).isEqualTo("voorlopig");
            Document overview = get("/en/?month=2026-04", 200);
            assertThat(text(overview, "#headline-yoy .status")).isEqualTo("(revised provisional)");
            String csv = RestAssured.get("/nl/revisions.csv?sector=C&month=2026-04").then().statusCode(200).extract()
                    .asString();
            assertThat(csv.lines()).anyMatch(l -> l.startsWith("2026-07-10,4.5,") && l.contains(",true,nader_voorlopig,"));
            Document sector = get("/nl/sector/C", 200);
            assertThat(text(sector, "#latest-yoy .status")).isEqualTo("(nader voorlopig)");
            // the data table's row says the least final of its figures: April's month-on-month is voorlopig
            assertThat(text(sector, "#data tr[data-month=2026-04] td.status")).isEqualTo("voorlopig");
        } finally {
            snapshots.reload();
        }
        assertThat(snapshots.current().version()).isEqualTo(stored.version());
    }
}
