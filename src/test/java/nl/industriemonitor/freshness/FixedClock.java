package nl.industriemonitor.freshness;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import io.quarkus.test.junit.QuarkusMock;

import nl.industriemonitor.imports.CbsRefresh;

/** A fixed day and a fixed last CBS attempt for the app under test, installed for one test method. */
public final class FixedClock {

    private FixedClock() {
    }

    /** The app's day becomes {@code day} (09:00 in Amsterdam). */
    public static void today(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(9, 0).atZone(Today.AMSTERDAM).toInstant(), Today.AMSTERDAM);
        QuarkusMock.installMockForType(new Today() {
            @Override
            public Clock clock() {
                return clock;
            }
        }, Today.class);
    }

    /** The app's last CBS attempt becomes {@code report} (null: none since the start). */
    public static void lastAttempt(CbsRefresh.Report report) {
        QuarkusMock.installMockForType(new CbsRefresh() {
            @Override
            public Optional<Report> last() {
                return Optional.ofNullable(report);
            }
        }, CbsRefresh.class);
    }

    /** A refresh that could not reach CBS, as CbsRefresh reports a refused connection. */
    public static CbsRefresh.Report unreachable(Instant at) {
        return new CbsRefresh.Report(CbsRefresh.Outcome.CBS_UNREACHABLE, "CBS refresh (scheduled CBS refresh): CBS OData"
                + " feed not usable", at, "scheduled CBS refresh", "ConnectException");
    }
}
