package nl.industriemonitor.cluster;

import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Decides which instance runs a scheduled refresh: each one that fires inserts a row for the fire time,
 * and only the insert that succeeds (the slot is the primary key) wins. Unlike a lock, a claim stays, so
 * an instance whose clock or start makes it fire after the winner finished does not refresh again.
 */
@ApplicationScoped
public class RefreshClaims {

    /** This process, as the claims and the log name it: host and process id. */
    public static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private static final int KEEP_DAYS = 30;

    /** True when this instance got {@code slot} (a fire time in UTC) and should run it. */
    public boolean claim(LocalDateTime slot) {
        try {
            QuarkusTransaction.requiringNew().run(() -> ScheduledRefresh.forgetBefore(slot.minusDays(KEEP_DAYS)));
            QuarkusTransaction.requiringNew().run(() -> {
                ScheduledRefresh claim = new ScheduledRefresh();
                claim.slot = slot;
                claim.instance = INSTANCE;
                claim.startedAt = LocalDateTime.now(ZoneOffset.UTC);
                claim.persistAndFlush();
            });
            return true;
        } catch (PersistenceException e) {
            if (isDuplicate(e)) {
                return false;
            }
            throw new IllegalStateException("cannot claim the scheduled refresh of " + slot + ": " + e.getMessage(), e);
        }
    }

    /** The instance that claimed {@code slot}, if any. */
    public Optional<String> holder(LocalDateTime slot) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ScheduledRefresh.holder(slot));
        } catch (PersistenceException e) {
            return Optional.empty();
        }
    }

    /** Another instance's row for the slot went in first: SQLSTATE 23505 (unique violation) on H2 and PostgreSQL. */
    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && "23505".equals(c.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
