package nl.industriemonitor.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

/** What another instance on the same database leaves behind, for tests of one instance. */
public final class OtherInstance {

    public static final String NAME = "other@host";

    private OtherInstance() {
    }

    /** A fire time in {@code year} or the three years after, unlikely to be taken by another test. */
    public static LocalDateTime randomSlot(int year) {
        return LocalDateTime.of(year, 1, 1, 0, 0).plusSeconds(ThreadLocalRandom.current().nextLong(100_000_000));
    }

    /** The other instance claimed the scheduled refresh of {@code slot}, as {@link RefreshClaims} would. */
    public static void claimed(DataSource dataSource, LocalDateTime slot) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "insert into scheduled_refresh (slot, instance, started_at) values (?, ?, ?)")) {
            st.setTimestamp(1, Timestamp.valueOf(slot));
            st.setString(2, NAME);
            st.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            st.executeUpdate();
        }
    }
}
