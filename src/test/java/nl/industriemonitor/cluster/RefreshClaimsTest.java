package nl.industriemonitor.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/** A fire time goes to exactly one claimant, however many ask at once, and stays taken. */
@QuarkusTest
@TestProfile(ClusterProfile.class)
class RefreshClaimsTest {

    @Inject
    RefreshClaims claims;

    @Test
    void aSlotIsClaimedOnceAndNamesItsInstance() {
        LocalDateTime slot = OtherInstance.randomSlot(2030);
        assertThat(claims.claim(slot)).isTrue();
        assertThat(claims.claim(slot)).isFalse();
        assertThat(claims.holder(slot)).contains(RefreshClaims.INSTANCE);
        assertThat(claims.claim(slot.plusSeconds(1))).isTrue();
    }

    @Test
    void aSlotClaimedByAnotherInstanceIsNotRunHere() throws Exception {
        LocalDateTime slot = OtherInstance.randomSlot(2030);
        OtherInstance.claimed(slot);
        assertThat(claims.claim(slot)).isFalse();
        assertThat(claims.holder(slot)).contains(OtherInstance.NAME);
    }

    @Test
    void manyClaimingAtOnceMakeOneWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 10; round++) {
                LocalDateTime slot = OtherInstance.randomSlot(2030);
                List<Callable<Boolean>> claimants = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    claimants.add(() -> claims.claim(slot));
                }
                int winners = 0;
                for (Future<Boolean> f : pool.invokeAll(claimants)) {
                    winners += f.get() ? 1 : 0;
                }
                assertThat(winners).as("winners of %s", slot).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A fire time no other test uses: the claims outlive a test in the profile's database. */
}
