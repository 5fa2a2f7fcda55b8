package nl.industriemonitor.imports.eurostat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.industriemonitor.cluster.RefreshClaims;

/**
 * The scheduled Eurostat refresh ({@code industriemonitor.eurostat.refresh-cron}, Amsterdam time; {@code off} in
 * dev and tests). With several instances on one database each fire time runs on one of them, the one whose claim
 * goes in first ({@link RefreshClaims}).
 */
@ApplicationScoped
public class EurostatSchedule {

    private static final Logger LOG = Logger.getLogger(EurostatSchedule.class);
    static final String BY = "scheduled Eurostat refresh";

    @Inject
    EurostatRefresh eurostat;

    @Inject
    RefreshClaims claims;

    @Scheduled(identity = "eurostat-refresh", cron = "{industriemonitor.eurostat.refresh-cron}",
            timeZone = "Europe/Amsterdam", concurrentExecution = ConcurrentExecution.SKIP)
    void run(ScheduledExecution execution) {
        runSlot(slot(execution));
    }

    void runSlot(LocalDateTime slot) {
        if (!claims.claim(slot)) {
            LOG.infof("Scheduled Eurostat refresh of %s skipped here (%s): instance %s runs it", slot,
                    RefreshClaims.INSTANCE, claims.holder(slot).orElse("?"));
            return;
        }
        eurostat.refresh(BY);
    }

    /**
     * The fire time in UTC to the second, as CBS's schedule claims it, plus one microsecond: the claims share one
     * table keyed by time, and a Eurostat fire time must never take (or be taken for) CBS's of the same second.
     */
    static LocalDateTime slot(ScheduledExecution execution) {
        return LocalDateTime.ofInstant(execution.getScheduledFireTime(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .plus(1, ChronoUnit.MICROS);
    }
}
