package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.cluster.ClusterProfile;

/**
 * The scheduled refresh asks CBS only on the instance that claimed the fire time: a slot another
 * instance took costs no request here, and a slot runs once however often it fires.
 */
@QuarkusTest
@TestProfile(ClusterProfile.class)
class ScheduleClaimTest {

    @Inject
    CbsSchedule schedule;

    @Inject
    DataSource dataSource;

    @Test
    void aFireTimeTakenByAnotherInstanceAsksCbsNothing() throws Exception {
        LocalDateTime slot = randomSlot();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "insert into scheduled_refresh (slot, instance, started_at) values (?, 'other@host', ?)")) {
            st.setTimestamp(1, Timestamp.valueOf(slot));
            st.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
            st.executeUpdate();
        }
        FakeCbsServer cbs = FakeCbsResource.server().reset();

        schedule.runSlot(slot);

        assertThat(cbs.requests()).isEmpty();
    }

    @Test
    void aFireTimeRunsOnceHoweverOftenItFires() {
        LocalDateTime slot = randomSlot();
        FakeCbsServer cbs = FakeCbsResource.server().reset();

        schedule.runSlot(slot);
        int asked = cbs.requests().size();
        schedule.runSlot(slot);

        assertThat(asked).isPositive();
        assertThat(cbs.requests()).hasSize(asked);
    }

    private static LocalDateTime randomSlot() {
        return LocalDateTime.of(2031, 1, 1, 0, 0).plusSeconds(ThreadLocalRandom.current().nextLong(100_000_000));
    }
}
