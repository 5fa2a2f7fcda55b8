package nl.industriemonitor.freshness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/** The clock the figures' freshness is judged by: Amsterdam's, since CBS publishes on Dutch days. Tests fix it. */
@ApplicationScoped
public class Today {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public Clock clock() {
        return Clock.system(AMSTERDAM);
    }

    public LocalDate date() {
        return LocalDate.now(clock());
    }
}
