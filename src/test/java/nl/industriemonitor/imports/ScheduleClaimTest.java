package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;


import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.cluster.ClusterProfile;
import nl.industriemonitor.cluster.OtherInstance;

/**
 * The scheduled refresh asks CBS only on the instance that claimed the fire time: a slot another
 * instance took costs no request here, and a slot runs once however often it fires.
 */
@QuarkusTest
@TestProfile(ClusterProfile.class)
class ScheduleClaimTest {

    @Inject
    CbsSchedule schedule;

    @Test
    void aFireTimeTakenByAnotherInstanceAsksCbsNothing() throws Exception {
        LocalDateTime slot = OtherInstance.randomSlot(2031);
        OtherInstance.claimed(slot);
        FakeCbsServer cbs = FakeCbsResource.server().reset();

        schedule.runSlot(slot);

        assertThat(cbs.requests()).isEmpty();
    }

    @Test
    void aFireTimeRunsOnceHoweverOftenItFires() {
        LocalDateTime slot = OtherInstance.randomSlot(2031);
        FakeCbsServer cbs = FakeCbsResource.server().reset();

        schedule.runSlot(slot);
        int asked = cbs.requests().size();
        schedule.runSlot(slot);

        assertThat(asked).isPositive();
        assertThat(cbs.requests()).hasSize(asked);
    }

}
