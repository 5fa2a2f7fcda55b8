package nl.industriemonitor.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Release;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * What an instance does when another instance stored a release in the shared database: the poll's
 * {@link SnapshotHolder#catchUp()} reads the data again, and only then.
 */
@QuarkusTest
@TestProfile(ClusterProfile.class)
class DataVersionPollTest {

    @Inject
    SnapshotHolder snapshots;

    @Test
    void aReleaseStoredByAnotherInstanceIsServedAfterThePoll() throws Exception {
        insertRelease("stored earlier " + UUID.randomUUID());
        Snapshot before = snapshots.catchUp();
        String etagBefore = given().get("/nl/data").then().statusCode(200).extract().header("ETag");
        String source = "stored by another instance " + UUID.randomUUID();

        long id = insertRelease(source);

        assertThat(snapshots.current()).isSameAs(before);
        Snapshot after = snapshots.catchUp();
        assertThat(after.version()).isEqualTo(id);
        assertThat(after.releases()).extracting(ReleaseInfo::source).contains(source);
        assertThat(given().get("/nl/data").then().statusCode(200).extract().header("ETag"))
                .isNotEqualTo(etagBefore).startsWith("W/\"" + id + "-");
    }

    @Test
    void nothingNewMeansTheSameSnapshot() {
        Snapshot first = snapshots.catchUp();
        assertThat(snapshots.catchUp()).isSameAs(first);
    }

    @Test
    void aReleaseCommittedAfterANewerOneIsNoticedToo() throws Exception {
        // two imports on two instances: ids a and b handed out, b committed and read first, a committed later
        String late = "committed late " + UUID.randomUUID();
        CountDownLatch idHandedOut = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Long> a = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            long id = release(late);
            idHandedOut.countDown();
            commit.await();
            return id;
        }));
        idHandedOut.await();
        long b = insertRelease("committed first " + UUID.randomUUID());
        assertThat(snapshots.catchUp().releases()).extracting(ReleaseInfo::source).doesNotContain(late);

        commit.countDown();
        assertThat(a.get()).isLessThan(b);

        Snapshot after = snapshots.catchUp();
        assertThat(after.version()).isEqualTo(b);
        assertThat(after.releases()).extracting(ReleaseInfo::source).contains(late);
    }

    private static long insertRelease(String source) {
        return QuarkusTransaction.requiringNew().call(() -> release(source));
    }

    /** A release as another instance's import stores it, in the caller's transaction. */
    private static long release(String source) {
        Release release = new Release();
        release.dataset = Dataset.PRODUCTION;
        release.published = LocalDate.now();
        release.publishedExact = true;
        release.source = source;
        release.importedAt = Instant.now();
        release.checksum = UUID.randomUUID().toString().replace("-", "");
        release.importedBy = "another instance";
        release.persist();
        return release.id;
    }
}
