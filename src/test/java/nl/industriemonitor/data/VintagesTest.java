package nl.industriemonitor.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Vintages kept as arrays give back the figures that went in (amount, status, release, source), in release
 * order, and equal amounts of different releases share one object: what keeps five years of releases in the heap.
 */
class VintagesTest {

    private static final YearMonth MONTH = YearMonth.of(2023, 6);

    private static ReleaseInfo release(long id, String published) {
        return new ReleaseInfo(id, Dataset.PRODUCTION, LocalDate.parse(published), true, "CBS release " + id,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void figuresComeBackAsTheyWentInInReleaseOrderWithEqualAmountsShared() {
        Snapshot.Builder b = Snapshot.builder(3).branch(new BranchInfo("C", "Industrie", "Manufacturing", null, false, 1))
                .release(release(1, "2023-08-10")).release(release(2, "2023-09-10")).release(release(3, "2023-07-10"));
        b.observation(2, "C", MONTH, Measure.INDEX, new BigDecimal("101.5"), FigureStatus.NADER_VOORLOPIG, "news release");
        b.observation(1, "C", MONTH, Measure.INDEX, new BigDecimal("101.5"), FigureStatus.VOORLOPIG, null);
        b.observation(3, "C", MONTH, Measure.INDEX, new BigDecimal("99.0"), FigureStatus.DEFINITIEF, null);
        Snapshot s = b.build();

        List<Figure> v = s.vintages("C", MONTH, Measure.INDEX);
        assertThat(v).extracting(f -> f.release().id()).containsExactly(3L, 1L, 2L);
        assertThat(v).extracting(Figure::status)
                .containsExactly(FigureStatus.DEFINITIEF, FigureStatus.VOORLOPIG, FigureStatus.NADER_VOORLOPIG);
        assertThat(v).extracting(Figure::source).containsExactly("CBS release 3", "CBS release 1", "news release");
        assertThat(v.get(1).amount()).isSameAs(v.get(2).amount()).isEqualByComparingTo("101.5");
        assertThat(s.asOf(LocalDate.parse("2023-08-31")).figure("C", MONTH, Measure.INDEX).orElseThrow().release().id())
                .isEqualTo(1L);
        assertThat(s.asOf(LocalDate.parse("2023-07-01")).figure("C", MONTH, Measure.INDEX)).isEmpty();

        // a later release extends the arrays; the earlier snapshot keeps its own
        Snapshot next = s.extend(4).release(release(4, "2023-10-10"))
                .observation(4, "C", MONTH, Measure.INDEX, new BigDecimal("101.5"), FigureStatus.DEFINITIEF, null).build();
        assertThat(next.vintages("C", MONTH, Measure.INDEX)).extracting(f -> f.release().id()).containsExactly(3L, 1L, 2L, 4L);
        assertThat(next.vintages("C", MONTH, Measure.INDEX).get(3).amount()).isSameAs(v.get(1).amount());
        assertThat(next.vintages("C", MONTH, Measure.INDEX).get(3).source()).isEqualTo("CBS release 4");
        assertThat(s.vintages("C", MONTH, Measure.INDEX)).hasSize(3);
    }
}
