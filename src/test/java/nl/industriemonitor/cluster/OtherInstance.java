package nl.industriemonitor.cluster;

import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** What another instance on the same database leaves behind, for tests of one instance. */
public final class OtherInstance {

    public static final String NAME = "other@host";

    private OtherInstance() {
    }

    /** A fire time in {@code year} or the three years after, unlikely to be taken by another test. */
    public static LocalDateTime randomSlot(int year) {
        return LocalDateTime.of(year, 1, 1, 0, 0).plusSeconds(ThreadLocalRandom.current().nextLong(100_000_000));
    }

    /** The other instance claimed the scheduled refresh of {@code slot}, as {@link RefreshClaims} would. */
    public static void claimed(LocalDateTime slot) {
        QuarkusTransaction.requiringNew().run(() -> {
            ScheduledRefresh claim = new ScheduledRefresh();
            claim.slot = slot;
            claim.instance = NAME;
            claim.startedAt = LocalDateTime.now();
            claim.persist();
        });
    }
}
