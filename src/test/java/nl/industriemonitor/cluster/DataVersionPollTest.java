package nl.industriemonitor.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

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

    @Inject
    DataSource dataSource;

    @Test
    void aReleaseStoredByAnotherInstanceIsServedAfterThePoll() throws Exception {
        insertRelease(null, "stored earlier " + UUID.randomUUID());
        Snapshot before = snapshots.catchUp();
        String etagBefore = given().get("/nl/data").then().statusCode(200).extract().header("ETag");
        String source = "stored by another instance " + UUID.randomUUID();

        long id = insertRelease(null, source);

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
        long a = insertRelease(null, late);
        long b = insertRelease(null, "committed first " + UUID.randomUUID());
        delete(a);
        assertThat(snapshots.catchUp().releases()).extracting(ReleaseInfo::source).doesNotContain(late);

        insertRelease(a, late);

        Snapshot after = snapshots.catchUp();
        assertThat(after.version()).isEqualTo(b);
        assertThat(after.releases()).extracting(ReleaseInfo::source).contains(late);
    }

    private long insertRelease(Long id, String source) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "insert into data_release (" + (id == null ? "" : "id, ") + "dataset, published, published_exact, source,"
                        + " imported_at, checksum, cell_count, imported_by) values (" + (id == null ? "" : "?, ")
                        + "'PRODUCTION', current_date, true, ?, ?, ?, 0, 'another instance')",
                new String[] {"id"})) {
            int i = 1;
            if (id != null) {
                st.setLong(i++, id);
            }
            st.setString(i++, source);
            st.setTimestamp(i++, Timestamp.valueOf(LocalDateTime.now()));
            st.setString(i, UUID.randomUUID().toString().replace("-", ""));
            st.executeUpdate();
            if (id != null) {
                return id;
            }
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void delete(long id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("delete from data_release where id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
    }
}
