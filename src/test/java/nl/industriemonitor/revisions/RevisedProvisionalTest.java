package nl.industriemonitor.revisions;

import static nl.industriemonitor.web.Html.get;
import static nl.industriemonitor.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.FigureStatus;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.imports.ImportService;
import nl.industriemonitor.imports.ImportedCell;
import nl.industriemonitor.imports.IsolatedDatabase;
import nl.industriemonitor.imports.ReleaseBatch;

/**
 * A figure CBS calls nader voorlopig ({@code **}) is stored as such and shown apart from voorlopig, on the
 * pages and in the downloads, also after the data are read from the database again (a restart).
 */
@QuarkusTest
@TestProfile(RevisedProvisionalTest.OwnDatabase.class)
class RevisedProvisionalTest {

    /** The release this test adds must not become other tests' latest figures. */
    public static class OwnDatabase extends IsolatedDatabase {
        @Override
        protected String name() {
            return "revised-provisional";
        }
    }

    @Inject
    SnapshotHolder snapshots;

    @Inject
    ImportService imports;

    @Test
    void naderVoorlopigIsStoredAndShownDistinctlyOnPagesAndInDownloads() throws Exception {
        // April 2026 revised once: CBS prints it with **
        ImportedCell april = new ImportedCell("C", "C Industrie", YearMonth.of(2026, 4), Measure.YOY_CA,
                new BigDecimal("4.5"), FigureStatus.NADER_VOORLOPIG, "test", null);
        imports.store(List.of(new ReleaseBatch(Dataset.PRODUCTION, LocalDate.of(2026, 7, 10), true, "test release",
                List.of(april))), "nader voorlopig test");
        assertShownAsNaderVoorlopig();
        snapshots.reload();
        assertShownAsNaderVoorlopig();
    }

    private static void assertShownAsNaderVoorlopig() {
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
    }
}
