package nl.industriemonitor.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.ReleaseInfo;

/**
 * A database that held the bundled release of 2025-04-10 before the whole table of that day was bundled keeps
 * two releases of that date; the revisions page lists that publication once, as it lists every other.
 */
class OnePerPublicationTest {

    private static Figure figure(long release, String published, String amount) {
        ReleaseInfo info = new ReleaseInfo(release, Dataset.PRODUCTION, published == null ? null : LocalDate.parse(published),
                published != null, "release " + release, Instant.parse("2026-12-05T08:00:00Z"));
        return new Figure(new BigDecimal(amount), false, info);
    }

    @Test
    void releasesOfOneDateAreOneVintageTheLastImports() {
        Figure jan = figure(1, "2025-01-10", "-0.1");
        Figure aprilNews = figure(2, "2025-04-10", "-0.6");
        Figure aprilTable = figure(30, "2025-04-10", "-0.6");
        Figure undatedA = figure(4, null, "-0.7");
        Figure undatedB = figure(5, null, "-0.7");

        assertThat(RevisionsService.onePerPublication(List.of(jan, aprilNews, aprilTable, undatedA, undatedB)))
                .containsExactly(jan, aprilTable, undatedA, undatedB);
        assertThat(RevisionsService.onePerPublication(List.of(jan))).containsExactly(jan);
        assertThat(RevisionsService.onePerPublication(List.of())).isEmpty();
    }
}
