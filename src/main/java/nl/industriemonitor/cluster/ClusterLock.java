package nl.industriemonitor.cluster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * A row locked ({@code select ... for update}) for the length of a critical section over every instance,
 * e.g. {@code import}; it exists from migration V5 on and is never written.
 */
@Entity
@Table(name = "cluster_lock")
public class ClusterLock extends PanacheEntityBase {

    public static final String IMPORT = "import";

    @Id
    @Column(length = 40)
    public String name;

    /** Waits until no other transaction holds the row, then holds it until this transaction ends. */
    static void take(String name) {
        if (ClusterLock.findById(name, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("the row '" + name + "' of cluster_lock is missing (migration V5)");
        }
    }
}
