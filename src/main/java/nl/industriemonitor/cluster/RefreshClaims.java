package nl.industriemonitor.cluster;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides which instance runs a scheduled refresh: each one that fires inserts a row for the fire time,
 * and only the insert that succeeds (the slot is the primary key) wins. Unlike a lock, a claim stays, so
 * an instance whose clock or start makes it fire after the winner finished does not refresh again.
 */
@ApplicationScoped
public class RefreshClaims {

    /** This process, as the claims and the log name it: host and process id. */
    public static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private static final int KEEP_DAYS = 30;

    @Inject
    DataSource dataSource;

    /** True when this instance got {@code slot} (a fire time in UTC) and should run it. */
    public boolean claim(LocalDateTime slot) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            forgetOld(c, slot);
            try (PreparedStatement st = c.prepareStatement(
                    "insert into scheduled_refresh (slot, instance, started_at) values (?, ?, ?)")) {
                st.setTimestamp(1, Timestamp.valueOf(slot));
                st.setString(2, INSTANCE);
                st.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
                st.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (isDuplicate(e)) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim the scheduled refresh of " + slot + ": " + e.getMessage(), e);
        }
    }

    /** The instance that claimed {@code slot}, if any. */
    public Optional<String> holder(LocalDateTime slot) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select instance from scheduled_refresh where slot = ?")) {
            st.setTimestamp(1, Timestamp.valueOf(slot));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static void forgetOld(Connection c, LocalDateTime slot) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("delete from scheduled_refresh where slot < ?")) {
            st.setTimestamp(1, Timestamp.valueOf(slot.minusDays(KEEP_DAYS)));
            st.executeUpdate();
        }
    }

    /** SQLSTATE 23505 (unique violation) on both H2 and PostgreSQL. */
    private static boolean isDuplicate(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
