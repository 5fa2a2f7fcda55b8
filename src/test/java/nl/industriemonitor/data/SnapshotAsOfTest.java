package nl.industriemonitor.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The bundled data after a round trip through the database: every vintage kept, "as of" picks the right one. */
@QuarkusTest
class SnapshotAsOfTest {

    private static final YearMonth NOV_2025 = YearMonth.of(2025, 11);

    @Inject
    SnapshotHolder snapshots;

    private String yoyAsOf(String date) {
        return snapshots.current().asOf(LocalDate.parse(date)).figure("C", NOV_2025, Measure.YOY_CA)
                .orElseThrow().amount().toPlainString();
    }

    @Test
    void novemberTotalAsPublishedOnEachReleaseDay() {
        assertThat(yoyAsOf("2026-01-09")).isEqualTo("0.7");
        assertThat(yoyAsOf("2026-02-10")).isEqualTo("0.4");
        assertThat(yoyAsOf("2026-03-10")).isEqualTo("0.3");
        assertThat(yoyAsOf("2026-04-10")).isEqualTo("-0.3");
        // a day before the first release nothing was known
        assertThat(snapshots.current().asOf(LocalDate.parse("2026-01-08")).figure("C", NOV_2025, Measure.YOY_CA)).isEmpty();
        assertThat(snapshots.current().latest().figure("C", NOV_2025, Measure.YOY_CA).orElseThrow().amount())
                .isEqualByComparingTo("-0.3");
    }

    @Test
    void everyVintageIsKeptInReleaseOrder() {
        List<String> vintages = snapshots.current().vintages("C", NOV_2025, Measure.YOY_CA).stream()
                .map(f -> f.release().published() + "=" + f.amount().toPlainString()).toList();
        assertThat(vintages).containsExactly("2026-01-09=0.7", "2026-02-10=0.4", "2026-03-10=0.3", "2026-04-10=-0.3");
    }

    @Test
    void provisionalFlagsAndPublishedScaleSurviveTheDatabase() {
        Figure chemicals = snapshots.current().latest().figure("20", NOV_2025, Measure.INDEX_SA).orElseThrow();
        assertThat(chemicals.amount().toPlainString()).isEqualTo("81.5");
        assertThat(chemicals.provisional()).isTrue();
        Figure definitive = snapshots.current().latest().figure("06", YearMonth.of(2024, 11), Measure.INDEX).orElseThrow();
        assertThat(definitive.amount().toPlainString()).isEqualTo("48.5");
        assertThat(definitive.provisional()).isFalse();
    }
}
