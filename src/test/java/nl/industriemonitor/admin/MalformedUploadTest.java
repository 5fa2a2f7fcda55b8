package nl.industriemonitor.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.DatabaseRows;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.imports.MalformedCorpus;

/**
 * Uploads against the bundled releases. The malformed corpus through the real upload path: each file gets
 * a 4xx page that lists its problem with the place, and the stored data (releases, observations, their
 * checksum) and the snapshot stay as they were. The full CBS table of 2025-04-10, as cbsodata wrote it,
 * previews as what the bundled release of that date already holds.
 */
@QuarkusTest
@TestProfile(MalformedUploadProfile.class)
class MalformedUploadTest {

    @Inject
    SnapshotHolder snapshots;

    @Test
    void everyMalformedFileIsRefusedAndChangesNothing() {
        AdminSession session = AdminSession.loggedIn();
        String before = state();
        assertThat(before).doesNotStartWith("0 releases");
        List<MalformedCorpus> corpus = MalformedCorpus.all();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
        for (MalformedCorpus file : corpus) {
            Response r = session.header(null).upload(file.file(), file.content());
            assertThat(r.statusCode()).as(file.file()).isEqualTo(400);
            assertThat(r.contentType()).as(file.file()).startsWith("text/html");
            Document page = Jsoup.parse(r.asString());
            List<Element> rows = page.select("#problems tbody tr");
            assertThat(rows).as(file.file() + ": " + page.text())
                    .anySatisfy(row -> {
                        assertThat(row.selectFirst("th").text()).startsWith(file.where());
                        assertThat(row.select("td").last().text()).contains(file.fragment());
                    });
            assertThat(state()).as("data after " + file.file()).isEqualTo(before);
        }
        // markup in a file comes back escaped
        assertThat(session.upload("x.csv", MalformedCorpus.all().stream()
                .filter(f -> f.file().equals("script-in-period.csv")).findFirst().orElseThrow().content())
                .asString()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    @Test
    void aFileOneByteOverTheLimitIs413AndChangesNothing() {
        AdminSession session = AdminSession.loggedIn();
        String before = state();
        byte[] over = new byte[MalformedUploadProfile.UPLOAD_LIMIT + 1];
        byte[] line = "20,Chemie,2025-11,95.1,94.0,-3.1,0.4,-5.0,false,2026-01-09,true,x\n"
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < over.length; i++) {
            over[i] = line[i % line.length];
        }
        Response r = session.upload("oversize.csv", over);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(r.asString()).select(".error").text()).isNotBlank();
        assertThat(state()).isEqualTo(before);
        // exactly at the limit the file is read (and refused for what it holds, not for its size)
        Response at = session.upload("at-limit.csv", Arrays.copyOf(over, MalformedUploadProfile.UPLOAD_LIMIT));
        assertThat(at.statusCode()).isEqualTo(400);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theFullTableOfApril2025PreviewsNoRevisionAgainstTheBundledRelease() throws Exception {
        AdminSession session = AdminSession.loggedIn();
        String before = state();
        byte[] table;
        try (var in = getClass().getClassLoader().getResourceAsStream("data/cbs-85806NED-table-2025-04-10.csv")) {
            table = in.readAllBytes();
        }
        // dated by its file name, as the shared file is named
        Response r = session.header(null).upload("cbs-85806NED-table-2025-04-10.csv", table);
        assertThat(r.statusCode()).isEqualTo(200);
        Document preview = Jsoup.parse(r.asString());
        assertThat(preview.select("section.preview-release h2").text()).contains("10 april 2025");
        // every figure of the five measures, as the bundled release of that date has it
        assertThat(preview.select(".counts").text()).matches(".*\\d+ cijfers: 0 nieuw, 0 herzien, \\d+ ongewijzigd.*");
        assertThat(preview.select("table.revised")).isEmpty();
        // the same file dated by the form, under any name
        Document dated = Jsoup.parse(session.upload("85806NED.csv", table, "2025-04-10").asString());
        assertThat(dated.select(".counts").text()).contains("0 nieuw, 0 herzien");
        assertThat(dated.selectFirst("form[action=/admin/import] input[name=published]").attr("value"))
                .isEqualTo("2025-04-10");
        // without a date it is refused, saying what to give
        Response undated = session.upload("85806NED.csv", table);
        assertThat(undated.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(undated.asString()).select("#problems").text()).contains("states no release date");
        assertThat(state()).as("a preview stores nothing").isEqualTo(before);
    }

    /** Releases, figures, a checksum over every figure, and the snapshot's version. */
    private String state() {
        return DatabaseRows.releases() + " releases, " + DatabaseRows.figures() + " figures, sha256 "
                + DatabaseRows.figuresDigest() + ", snapshot " + snapshots.current().version();
    }
}
