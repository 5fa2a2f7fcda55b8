package nl.industriemonitor.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.cluster.ClusterProfile;

/**
 * A previewed upload lives in the database, so a confirmation reaching any instance finds it; it is
 * taken once, only by its administrator, and not after 30 minutes.
 */
@QuarkusTest
@TestProfile(ClusterProfile.class)
class PendingUploadsTest {

    @Inject
    PendingUploads pending;

    @Inject
    DataSource dataSource;

    private static PendingUploads.Upload upload(String user) {
        return new PendingUploads.Upload(user, "april.json", new byte[] {1, 2, 3, 0, -1}, List.of("aa", "bb"), 42);
    }

    @Test
    void anUploadIsTakenOnceWithEverythingThePreviewKept() {
        String id = pending.put(upload("alice"));

        PendingUploads.Upload taken = pending.take(id, "alice").orElseThrow();

        assertThat(taken.fileName()).isEqualTo("april.json");
        assertThat(taken.content()).containsExactly(1, 2, 3, 0, -1);
        assertThat(taken.checksums()).containsExactly("aa", "bb");
        assertThat(taken.dataVersion()).isEqualTo(42);
        assertThat(pending.take(id, "alice")).isEmpty();
    }

    @Test
    void anotherAdministratorCannotTakeIt() {
        String id = pending.put(upload("alice"));
        assertThat(pending.take(id, "bob")).isEmpty();
        assertThat(pending.take(id, "alice")).isPresent();
    }

    @Test
    void afterThirtyMinutesItIsGone() throws Exception {
        String id = pending.put(upload("alice"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("update pending_upload set created_at = ? where id = ?")) {
            st.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(31)));
            st.setString(2, id);
            st.executeUpdate();
        }
        assertThat(pending.take(id, "alice")).isEmpty();
    }

    @Test
    void aDiscardedUploadIsGone() {
        String id = pending.put(upload("alice"));
        pending.discard(id);
        assertThat(pending.take(id, "alice")).isEmpty();
    }

    @Test
    void twoConfirmationsAtOnceImportItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String id = pending.put(upload("carol"));
                List<Callable<Optional<PendingUploads.Upload>>> both = new ArrayList<>();
                both.add(() -> pending.take(id, "carol"));
                both.add(() -> pending.take(id, "carol"));
                int taken = 0;
                for (Future<Optional<PendingUploads.Upload>> f : pool.invokeAll(both)) {
                    taken += f.get().isPresent() ? 1 : 0;
                }
                assertThat(taken).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
