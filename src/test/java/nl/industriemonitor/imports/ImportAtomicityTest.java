package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.industriemonitor.data.SnapshotHolder;

/**
 * A failure in the middle of writing an import — at its first, a middle and its last row — leaves
 * every stored figure exactly as before (checksum over all observations) and the pages on the data
 * they showed before. The failure is real: the database refuses a row whose source is longer than
 * its column, a check the import deliberately does not make before writing.
 */
@QuarkusTest
@TestProfile(ImportAtomicityTest.OwnDatabase.class)
class ImportAtomicityTest {

    /** A database of its own: the releases this test adds must not become other tests' latest figures. */
    public static class OwnDatabase extends IsolatedDatabase {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            var overrides = new java.util.HashMap<>(super.getConfigOverrides());
            overrides.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:atomicity;DB_CLOSE_DELAY=-1");
            return overrides;
        }
    }

    @Inject
    ImportService imports;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    DataSource dataSource;

    @ParameterizedTest(name = "failure at row {0} of the release")
    @ValueSource(strings = {"first", "middle", "last"})
    void aFailureWhileWritingLeavesEveryFigureAsBefore(String where) throws Exception {
        ReleaseBatch release = nextRelease();
        List<ImportedCell> cells = new ArrayList<>(release.cells());
        int row = switch (where) {
            case "first" -> 0;
            case "middle" -> cells.size() / 2;
            default -> cells.size() - 1;
        };
        ImportedCell good = cells.get(row);
        cells.set(row, new ImportedCell(good.branchCode(), good.branchTitle(), good.month(), good.measure(),
                good.amount(), good.provisional(), good.origin(), "x".repeat(501)));
        ReleaseBatch broken = new ReleaseBatch(release.dataset(), release.published(), release.publishedExact(),
                "failure injected at the " + where + " row", cells);
        String before = checksumOfAllObservations();
        long version = snapshots.current().version();
        int releases = snapshots.current().releases().size();

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> imports.store(List.of(broken), "broken import"));

        assertThat(rootCause(failure)).as("the database refused the row, not a check before writing")
                .isInstanceOf(SQLException.class);
        assertThat(checksumOfAllObservations()).isEqualTo(before);
        assertThat(snapshots.current().version()).isEqualTo(version);
        assertThat(snapshots.current().releases()).hasSize(releases);
        // and the same release without the bad row goes in whole afterwards
        assertThat(imports.store(List.of(release), "the same release, repaired").changedAnything()).isTrue();
        assertThat(checksumOfAllObservations()).isNotEqualTo(before);
    }

    /** The fixture's CBS release under a publication date not stored yet, so each run adds a new one. */
    private ReleaseBatch nextRelease() throws Exception {
        try (FakeCbsServer server = FakeCbsServer.start("cbs/85806NED")) {
            ReleaseBatch read = new CbsODataReader(server.baseUrl(), Duration.ofSeconds(10), imports.catalogue())
                    .read().batch();
            LocalDate date = LocalDate.of(2030, 1, 1).plusDays(snapshots.current().releases().size());
            return new ReleaseBatch(read.dataset(), date, true, "atomicity test", read.cells());
        }
    }

    private String checksumOfAllObservations() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select release_id, branch_code, period_month, measure, amount,"
                     + " provisional, source from observation order by release_id, branch_code, period_month, measure")) {
            while (rs.next()) {
                for (int i = 1; i <= 7; i++) {
                    digest.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
