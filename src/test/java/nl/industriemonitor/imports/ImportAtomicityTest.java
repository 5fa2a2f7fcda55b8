package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.industriemonitor.data.DatabaseRows;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * A failure in the middle of writing an import — at its first, a middle and its last row — leaves
 * every stored figure exactly as before (checksum over all figures) and the pages on the data
 * they showed before. The failure is real: the database refuses a figure whose source is longer than
 * its column (varchar(500) array), a check the import deliberately does not make before writing.
 */
@QuarkusTest
@TestProfile(ImportAtomicityTest.OwnDatabase.class)
class ImportAtomicityTest {

    /** A database of its own: the releases this test adds must not become other tests' latest figures. */
    public static class OwnDatabase extends IsolatedDatabase {
        @Override
        protected String name() {
            return "atomicity";
        }
    }

    @Inject
    ImportService imports;

    @Inject
    SnapshotHolder snapshots;

    @ParameterizedTest(name = "failure at the {0} figure of the release")
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
                "failure injected at the " + where + " figure", cells);
        String before = DatabaseRows.figuresDigest();
        long version = snapshots.current().version();
        int releases = snapshots.current().releases().size();

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> imports.store(List.of(broken), "broken import"));

        assertThat(rootCause(failure)).as("the database refused the figure, not a check before writing")
                .isInstanceOf(SQLException.class);
        assertThat(DatabaseRows.figuresDigest()).isEqualTo(before);
        assertThat(snapshots.current().version()).isEqualTo(version);
        assertThat(snapshots.current().releases()).hasSize(releases);
        // and the same release without the bad figure goes in whole afterwards
        assertThat(imports.store(List.of(release), "the same release, repaired").changedAnything()).isTrue();
        assertThat(DatabaseRows.figuresDigest()).isNotEqualTo(before);
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

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
