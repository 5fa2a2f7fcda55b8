package nl.industriemonitor.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;

import org.h2.tools.Restore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.DatabaseRows;
import nl.industriemonitor.data.SnapshotLoader;
import nl.industriemonitor.imports.CbsExport;

/**
 * A backup made with the button while pages are being served, restored with H2's own Restore tool into
 * a fresh folder, holds exactly the live data: the same releases and the same checksum over every
 * figure.
 */
@QuarkusTest
@TestProfile(BackupProfile.class)
class BackupTest {

    private static final String RELEASES = "select id, dataset, published, published_exact, source, checksum,"
            + " cell_count, imported_by from data_release order by id";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBackupMadeWhileServingRestoresToIdenticalData() throws Exception {
        AdminSession session = AdminSession.loggedIn();
        String releases;
        String observations;
        try (Connection live = dataSource.getConnection()) {
            releases = table(live, RELEASES);
        }
        observations = DatabaseRows.figuresDigest();
        assertThat(releases).isNotBlank();

        Response made;
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger served = new AtomicInteger();
        List<Integer> failures = new ArrayList<>();
        Thread readers = new Thread(() -> {
            while (!stop.get()) {
                int status = given().get("/nl/sector/20").statusCode();
                if (status == 200) {
                    served.incrementAndGet();
                } else {
                    synchronized (failures) {
                        failures.add(status);
                    }
                }
            }
        });
        readers.start();
        try {
            while (served.get() < 3) {
                Thread.sleep(20);
            }
            made = session.post("/admin/backup", Map.of());
        } finally {
            stop.set(true);
            readers.join();
        }
        assertThat(failures).isEmpty();
        assertThat(made.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(made.asString());
        String name = page.select("#backups tbody th").first().text();
        assertThat(name).matches("industriemonitor-\\d{8}-\\d{6}\\.zip");
        assertThat(page.select("#backup-made").text()).contains(name);
        Path zip = Path.of(BackupProfile.RUN, "backups", name);
        assertThat(zip).isRegularFile();

        // the live data change after the backup; the backup keeps the moment it was made
        Response preview = session.upload("march.json", CbsExport.base());
        String id = Jsoup.parse(preview.asString()).selectFirst("form[action=/admin/import] input[name=upload]")
                .attr("value");
        assertThat(session.post("/admin/import", Map.of("upload", id)).statusCode()).isEqualTo(200);
        assertThat(DatabaseRows.figuresDigest()).isNotEqualTo(observations);

        Path restored = Path.of(BackupProfile.RUN, "restored");
        Files.createDirectories(restored);
        Restore.execute(zip.toString(), restored.toString(), "db");
        try (Connection copy = DriverManager.getConnection("jdbc:h2:file:" + restored.toAbsolutePath() + "/db",
                "industriemonitor", "")) {
            assertThat(table(copy, RELEASES)).isEqualTo(releases);
            assertThat(DatabaseRows.digest(series(copy))).isEqualTo(observations);
        }

        // the list shows it
        Document list = Jsoup.parse(session.open("/admin/backup").asString());
        assertThat(list.select("#backups tbody th").eachText()).contains(name);
    }

    @Test
    void aBackupNeedsTheFormTokenAndTheAdministrator() {
        AdminSession session = AdminSession.loggedIn();
        Response noToken = session.request().formParam("x", "y").post("/admin/backup");
        assertThat(noToken.statusCode()).isEqualTo(400);
        Response anonymous = given().redirects().follow(false).formParam("x", "y").post("/admin/backup");
        assertThat(anonymous.statusCode()).isIn(302, 401, 403);
    }

    /**
     * The series rows of a restored backup, which no app holds: read with SQL into the rows the app's entities
     * give, so that both sides are digested alike.
     */
    private static List<SnapshotLoader.SeriesRow> series(Connection c) throws SQLException {
        List<SnapshotLoader.SeriesRow> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select release_id, branch_code, measure,"
                + " period_months, amounts, provisional, revised_provisional, sources, held_from, held_to, held_absent"
                + " from observation_series")) {
            while (rs.next()) {
                LocalDate[] months = Arrays.stream((Object[]) rs.getArray(4).getArray())
                        .map(d -> ((java.sql.Date) d).toLocalDate()).toArray(LocalDate[]::new);
                rows.add(new SnapshotLoader.SeriesRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                        rs.getArray(11) == null ? null : Arrays.stream((Object[]) rs.getArray(11).getArray())
                                .map(d -> ((java.sql.Date) d).toLocalDate()).toArray(LocalDate[]::new), months,
                        Arrays.copyOf((Object[]) rs.getArray(5).getArray(), months.length, BigDecimal[].class),
                        Arrays.copyOf((Object[]) rs.getArray(6).getArray(), months.length, Boolean[].class),
                        rs.getArray(7) == null ? null
                                : Arrays.copyOf((Object[]) rs.getArray(7).getArray(), months.length, Boolean[].class),
                        Arrays.copyOf((Object[]) rs.getArray(8).getArray(), months.length, String[].class)));
            }
        }
        rows.sort(DatabaseRows.ORDER);
        return rows;
    }

    private static String table(Connection c, String sql) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    out.append(rs.getString(i)).append('\t');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
