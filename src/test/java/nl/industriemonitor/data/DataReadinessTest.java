package nl.industriemonitor.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** An instance reports itself ready for readers only once it has read the data. */
class DataReadinessTest {

    private final SnapshotHolder snapshots = new SnapshotHolder();
    private final DataReadiness readiness = new DataReadiness();

    DataReadinessTest() {
        readiness.snapshots = snapshots;
    }

    @Test
    void notReadyWhileTheDataAreBeingRead() {
        HealthCheckResponse response = readiness.call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("state", "being read"));
    }

    @Test
    void notReadyWhenTheDataCouldNotBeRead() {
        snapshots.failed(new IOException("Database may be already in use"));
        HealthCheckResponse response = readiness.call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("state", "could not be read"));
    }

    @Test
    void readyWithTheVersionItServesOnceTheDataAreRead() {
        ReleaseInfo release = new ReleaseInfo(7, Dataset.PRODUCTION, LocalDate.of(2025, 12, 10), true, "CBS",
                Instant.parse("2025-12-10T08:00:00Z"));
        Snapshot data = Snapshot.builder(7).release(release)
                .observation(7, "C", YearMonth.of(2025, 10), Measure.YOY_CA, new BigDecimal("1.8"), true).build();
        snapshots.publish(snapshots.current(), data);
        HealthCheckResponse response = readiness.call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getName()).isEqualTo("data");
        assertThat(response.getData()).hasValueSatisfying(d -> assertThat(d).containsEntry("version", 7L)
                .containsEntry("releases", 1L));
    }
}
