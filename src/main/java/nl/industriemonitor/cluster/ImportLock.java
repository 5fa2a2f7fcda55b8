package nl.industriemonitor.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One import at a time over every instance on the database: the row {@code import} of {@code cluster_lock}
 * stays locked ({@code select ... for update}) while the work runs. Release ids are then committed in the
 * order the database hands them out, so every instance can tell from the newest id and the number of
 * releases whether it has read them all; and an import sees every release committed before it began.
 * The lock goes when the work ends or when the instance dies (the database ends its session).
 */
@ApplicationScoped
public class ImportLock {

    /** Work done under the lock; may throw its own checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    // threads of this instance queue here, so that only one of them waits on the database row (whose lock
    // timeout on H2 is short)
    private final ReentrantLock local = new ReentrantLock();

    @Inject
    DataSource dataSource;

    public <T, E extends Exception> T exclusively(Work<T, E> work) throws E {
        local.lock();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                lockRow(c);
                return work.run();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the import lock in the database: " + e.getMessage(), e);
        } finally {
            local.unlock();
        }
    }

    private static void lockRow(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select name from cluster_lock where name = 'import' for update");
             ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the row 'import' of cluster_lock is missing (migration V5)");
            }
        }
    }
}
