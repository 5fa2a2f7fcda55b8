package nl.industriemonitor.cluster;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.industriemonitor.data.SnapshotHolder;

/**
 * Every {@code industriemonitor.data.poll-interval} (5 s with PostgreSQL, off on H2) asks the database
 * whether another instance stored a release, and if so reads the data again: so every instance serves a
 * new release within one interval plus one read of the data.
 */
@ApplicationScoped
public class DataVersionPoll {

    private static final Logger LOG = Logger.getLogger(DataVersionPoll.class);

    @Inject
    SnapshotHolder snapshots;

    @Scheduled(identity = "data-version-poll", every = "{industriemonitor.data.poll-interval}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void poll() {
        try {
            snapshots.catchUp();
        } catch (IllegalStateException e) {
            // the database is away for a moment: keep serving what we have, ask again next time
            LOG.warnf("Could not ask the database for new data: %s", e.getMessage());
        }
    }
}
