package nl.industriemonitor.imports;

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
 * The scheduled CBS refresh ({@code industriemonitor.cbs.refresh-cron}, Amsterdam time; {@code off} in
 * dev and tests). CBS publishes around the 10th and revises earlier months at the same time; a daily
 * look at the table's "last modified" stamp costs one small request. With several instances on one
 * database each fire time runs on one of them: the one that claims it first ({@link RefreshClaims}).
 */
@ApplicationScoped
public class CbsSchedule {

    private static final Logger LOG = Logger.getLogger(CbsSchedule.class);
    static final String BY = "scheduled CBS refresh";

    @Inject
    CbsRefresh cbs;

    @Inject
    RefreshClaims claims;

    @Scheduled(identity = "cbs-refresh", cron = "{industriemonitor.cbs.refresh-cron}", timeZone = "Europe/Amsterdam",
            concurrentExecution = ConcurrentExecution.SKIP)
    void run(ScheduledExecution execution) {
        runSlot(slot(execution));
    }

    /** Runs the refresh of {@code slot} unless another instance claimed it. */
    void runSlot(LocalDateTime slot) {
        if (!claims.claim(slot)) {
            LOG.infof("Scheduled CBS refresh of %sZ skipped here (%s): instance %s runs it", slot,
                    RefreshClaims.INSTANCE, claims.holder(slot).orElse("?"));
            return;
        }
        LOG.infof("Scheduled CBS refresh of %sZ runs here (%s)", slot, RefreshClaims.INSTANCE);
        cbs.refreshIfModified(BY);
    }

    /**
     * The fire time the trigger computed from the cron expression (not the clock's reading), in UTC, to
     * the second: the same on every instance, whatever their start or load.
     */
    static LocalDateTime slot(ScheduledExecution execution) {
        return LocalDateTime.ofInstant(execution.getScheduledFireTime(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
