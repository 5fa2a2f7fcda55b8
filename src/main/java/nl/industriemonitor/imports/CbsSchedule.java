package nl.industriemonitor.imports;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The scheduled CBS refresh ({@code industriemonitor.cbs.refresh-cron}, Amsterdam time; {@code off} in
 * dev and tests). CBS publishes around the 10th and revises earlier months at the same time; a daily
 * look at the table's "last modified" stamp costs one small request.
 */
@ApplicationScoped
public class CbsSchedule {

    static final String BY = "scheduled CBS refresh";

    @Inject
    CbsRefresh cbs;

    @Scheduled(identity = "cbs-refresh", cron = "{industriemonitor.cbs.refresh-cron}", timeZone = "Europe/Amsterdam",
            concurrentExecution = ConcurrentExecution.SKIP)
    void run() {
        cbs.refreshIfModified(BY);
    }
}
