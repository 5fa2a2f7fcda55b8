package nl.industriemonitor.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code /q/health/ready}: an instance is ready for readers once it has read the data, so that a
 * load balancer sends it no page while the data are still being read at start (pages would wait for
 * them, see {@code StartGate}). Reports the data version it serves, which should be the same on every
 * instance on one database within the poll interval.
 */
@Readiness
@ApplicationScoped
public class DataReadiness implements HealthCheck {

    @Inject
    SnapshotHolder snapshots;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("data");
        if (!snapshots.loaded()) {
            boolean failed = snapshots.firstLoad().isCompletedExceptionally();
            return response.down().withData("state", failed ? "could not be read" : "being read").build();
        }
        Snapshot snapshot = snapshots.current();
        return response.up().withData("version", snapshot.version())
                .withData("releases", snapshot.releases().size()).build();
    }
}
