package nl.industriemonitor.cluster;

import java.time.LocalDateTime;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The claim of one scheduled refresh: the instance whose row for a fire time went in first runs it. */
@Entity
@Table(name = "scheduled_refresh")
public class ScheduledRefresh extends PanacheEntityBase {

    /** The fire time, UTC. */
    @Id
    public LocalDateTime slot;

    /** Host and process id of the instance that claimed it. */
    @Column(nullable = false, length = 200)
    public String instance;

    /** UTC. */
    @Column(name = "started_at", nullable = false)
    public LocalDateTime startedAt;

    public static Optional<String> holder(LocalDateTime slot) {
        return ScheduledRefresh.<ScheduledRefresh>findByIdOptional(slot).map(claim -> claim.instance);
    }

    public static long forgetBefore(LocalDateTime slot) {
        return delete("slot < ?1", slot);
    }
}
