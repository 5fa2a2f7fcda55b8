package nl.industriemonitor.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** A snapshot extended by an import holds the old figures and the new ones, and leaves the old snapshot as it was. */
class SnapshotExtendTest {

    private static final YearMonth NOV = YearMonth.of(2025, 11);
    private static final BranchInfo TOTAL = new BranchInfo("C", "Industrie", "Manufacturing", null, false, 1);
    private static final BranchInfo CHEMICALS = new BranchInfo("20", "Chemie", "Chemicals", "C", true, 20);

    private static ReleaseInfo release(long id, String published) {
        return new ReleaseInfo(id, Dataset.PRODUCTION, published == null ? null : LocalDate.parse(published),
                published != null, "release " + id, Instant.parse("2026-04-10T08:00:00Z"));
    }

    private static Snapshot base() {
        return Snapshot.builder(2).branch(TOTAL).release(release(1, "2026-01-09")).release(release(2, "2026-03-10"))
                .observation(1, "C", NOV, Measure.YOY_CA, new BigDecimal("0.7"), true)
                .observation(2, "C", NOV, Measure.YOY_CA, new BigDecimal("0.3"), true)
                .observation(2, "C", NOV, Measure.INDEX_SA, new BigDecimal("95.1"), true)
                .build();
    }

    @Test
    void newVintagesAreMergedInReleaseOrderAndTheBaseStaysAsItWas() {
        Snapshot base = base();
        Snapshot next = base.extend(4).branch(CHEMICALS).release(release(4, "2026-04-10")).release(release(3, "2026-02-10"))
                .observation(4, "C", NOV, Measure.YOY_CA, new BigDecimal("-0.3"), false)
                .observation(3, "C", NOV, Measure.YOY_CA, new BigDecimal("0.4"), true)
                .observation(4, "20", NOV, Measure.INDEX_SA, new BigDecimal("81.5"), true, "news release")
                .build();

        assertThat(next.version()).isEqualTo(4);
        assertThat(next.vintages("C", NOV, Measure.YOY_CA)).extracting(f -> f.amount().toPlainString())
                .containsExactly("0.7", "0.4", "0.3", "-0.3");
        assertThat(next.asOf(LocalDate.parse("2026-02-10")).figure("C", NOV, Measure.YOY_CA).orElseThrow().amount())
                .isEqualByComparingTo("0.4");
        assertThat(next.latest().figure("C", NOV, Measure.INDEX_SA).orElseThrow().amount()).isEqualByComparingTo("95.1");
        assertThat(next.latest().figure("20", NOV, Measure.INDEX_SA).orElseThrow().source()).isEqualTo("news release");
        assertThat(next.latest().branches()).extracting(BranchInfo::code).containsExactly("C", "20");
        assertThat(next.releases()).extracting(ReleaseInfo::id).containsExactly(1L, 3L, 2L, 4L);
        assertThat(next.figureCount(2)).isEqualTo(2);
        assertThat(next.figureCount(4)).isEqualTo(2);

        assertThat(base.version()).isEqualTo(2);
        assertThat(base.vintages("C", NOV, Measure.YOY_CA)).extracting(f -> f.amount().toPlainString())
                .containsExactly("0.7", "0.3");
        assertThat(base.latest().branch("20")).isEmpty();
        assertThat(base.releases()).hasSize(2);
    }

    @Test
    void anUndatedReleaseSortsLastAndNeverShowsAsOfADate() {
        Snapshot next = base().extend(5).release(release(5, null))
                .observation(5, "C", NOV, Measure.YOY_CA, new BigDecimal("-0.5"), false).build();
        assertThat(next.latest().figure("C", NOV, Measure.YOY_CA).orElseThrow().amount()).isEqualByComparingTo("-0.5");
        assertThat(next.asOf(LocalDate.parse("2030-01-01")).figure("C", NOV, Measure.YOY_CA).orElseThrow().amount())
                .isEqualByComparingTo("0.3");
    }

    @Test
    void amountsAreKeptAsCbsPrintsThem() {
        assertThat(Snapshot.asPublished(new BigDecimal("0.7000")).toPlainString()).isEqualTo("0.7");
        assertThat(Snapshot.asPublished(new BigDecimal("100")).toPlainString()).isEqualTo("100.0");
        assertThat(Snapshot.asPublished(new BigDecimal("1.2345")).toPlainString()).isEqualTo("1.2345");
        assertThat(Snapshot.asPublished(new BigDecimal("-0.30")).toPlainString()).isEqualTo("-0.3");
    }
}
