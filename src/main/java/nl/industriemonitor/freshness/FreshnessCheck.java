package nl.industriemonitor.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code /q/health/ready}: how current the figures are, as data for monitoring. Always up: old figures
 * are still figures worth serving, and a load balancer must not take every instance out because CBS is away.
 */
@Readiness
@ApplicationScoped
public class FreshnessCheck implements HealthCheck {

    @Inject
    FreshnessService freshness;

    @Override
    public HealthCheckResponse call() {
        Freshness f = freshness.current();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("releases").up();
        if (f.known()) {
            response.withData("newest_release", f.newest().toString())
                    .withData("newest_month", f.newestMonth().toString())
                    .withData("overdue", f.overdue())
                    .withData("probably_missing", f.missing());
            if (f.rule() != null) {
                response.withData("following_expected", f.since().toString())
                        .withData("next_expected", f.next().toString())
                        .withData("estimate", "day " + f.rule().usualDay() + " of the month, " + f.rule().lagMonths()
                                + " months after the month published, from the last " + f.rule().basis()
                                + " release dates; on a weekend the " + (f.rule().weekendEarlier() ? "Friday before"
                                : "Monday after"));
            }
        }
        if (f.lastAttempt() != null) {
            response.withData("last_cbs_attempt", f.lastAttempt().at().toString())
                    .withData("last_cbs_outcome", f.lastAttempt().outcome().name());
            if (f.lastAttempt().reason() != null) {
                response.withData("last_cbs_failure", f.lastAttempt().reason());
            }
        }
        return response.build();
    }
}
