package nl.industriemonitor.cluster;

import java.util.concurrent.locks.ReentrantLock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One import at a time over every instance on the database: the row {@code import} of {@code cluster_lock}
 * stays locked ({@code select ... for update}) by a transaction of its own while the work runs, in transactions
 * of its own. Release ids are then committed in the order the database hands them out, so every instance can
 * tell from the newest id and the number of releases whether it has read them all; and an import sees every
 * release committed before it began. The lock goes when the work ends or when the instance dies (the
 * database ends its session).
 */
@ApplicationScoped
public class ImportLock {

    /** Work done under the lock; may throw its own checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    // an import of a full table takes seconds; the lock's transaction must outlive the slowest one, or the
    // transaction manager would roll it back (and let another import in) while the work still runs
    private static final int LOCK_TIMEOUT_SECONDS = 3600;

    // threads of this instance queue here, so that only one of them waits on the database row (whose lock
    // timeout on H2 is short)
    private final ReentrantLock local = new ReentrantLock();

    public <T, E extends Exception> T exclusively(Work<T, E> work) throws E {
        local.lock();
        try {
            Holder<T, E> outcome = QuarkusTransaction.requiringNew().timeout(LOCK_TIMEOUT_SECONDS).call(() -> {
                ClusterLock.take(ClusterLock.IMPORT);
                try {
                    return Holder.<T, E>value(work.run());
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Exception e) {
                    @SuppressWarnings("unchecked")
                    E checked = (E) e;
                    return Holder.<T, E>failure(checked);
                }
            });
            return outcome.get();
        } finally {
            local.unlock();
        }
    }

    /** The work's result or its checked exception, carried out of the lock's transaction. */
    private record Holder<T, E extends Exception>(T value, E failure) {
        static <T, E extends Exception> Holder<T, E> value(T value) {
            return new Holder<>(value, null);
        }

        static <T, E extends Exception> Holder<T, E> failure(E failure) {
            return new Holder<>(null, failure);
        }

        T get() throws E {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
