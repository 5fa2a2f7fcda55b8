package nl.industriemonitor.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.analysis.summary.BundledData;
import nl.industriemonitor.data.DataView;

/**
 * Quadrant and trail of two branches in November 2025, computed by hand from the bundled
 * cbs-85806NED-monthly.csv (latest vintage of each figure):
 *
 * <pre>
 * index_sa      2025-01 02    03    04    05    06    07    08    09    10    11
 *   C           103.2 103.6 104.3 103.3 103.7 103.7 102.7 104.9 104.6 104.8 103.8
 *   20           81.2  82.3  84.3  80.7  79.4  80.4  80.7  80.4  80.8  79.3  81.5
 * yoy_ca        2025-06 07   08   09   10   11
 *   C            -0.1 -1.3 -0.2  1.2  0.7 -0.3
 *   20           -8.8 -5.2 -3.8 -1.9 -3.3  0.0
 *
 * 3m/3m = (sum of m-2..m) / (sum of m-5..m-3) − 1, in %:
 *   C  2025-11: 313.2 / 311.3 → +0.6103   yoy −0.3 → recovery
 *   C  2025-10: 314.3 / 310.1 → +1.3544   yoy +0.7 → growth
 *   C  2025-09: 312.2 / 310.7 → +0.4828   yoy +1.2 → growth
 *   20 2025-11: 241.6 / 241.5 → +0.0414   yoy  0.0 → recovery (zero is not above a year earlier)
 *   20 2025-10: 240.5 / 240.5 →  0.0000   yoy −3.3 → contraction (zero is not rising)
 *   20 2025-09: 241.9 / 240.5 → +0.5821   yoy −1.9 → recovery
 *   20 2025-08: 241.5 / 244.4 → −1.1866   yoy −3.8 → contraction
 *   20 2025-07: 240.5 / 247.3 → −2.7497   yoy −5.2 → contraction
 *   20 2025-06: 240.5 / 247.8 → −2.9459   yoy −8.8 → contraction
 * </pre>
 * So both are in recovery since November 2025 (the month before was another quadrant).
 */
class CyclePositionsTest {

    private static final YearMonth NOV = YearMonth.of(2025, 11);

    private static CyclePositions.Placed placed(CyclePositions.Result result, String code) {
        return result.placed().stream().filter(p -> p.branch().code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal r4(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_UP);
    }

    @Test
    void chemicalsAndTotalInNovember2025() throws Exception {
        DataView view = BundledData.snapshot().asOf(null);
        CyclePositions.Result result = CyclePositions.of(view, NOV);

        CyclePositions.Placed c = placed(result, "C");
        assertThat(c.now().yoy()).isEqualByComparingTo("-0.3");
        assertThat(r4(c.now().momentum())).isEqualByComparingTo("0.6103");
        assertThat(c.now().quadrant()).isEqualTo(Quadrant.RECOVERY);
        assertThat(c.since()).isEqualTo(NOV);
        assertThat(c.sinceOpen()).isFalse();
        assertThat(c.trail()).hasSize(5);
        assertThat(c.trail().get(4).month()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(r4(c.trail().get(4).momentum())).isEqualByComparingTo("1.3544");
        assertThat(c.trail().get(4).quadrant()).isEqualTo(Quadrant.GROWTH);
        assertThat(r4(c.trail().get(3).momentum())).isEqualByComparingTo("0.4828");
        assertThat(c.trail().get(3).quadrant()).isEqualTo(Quadrant.GROWTH);

        CyclePositions.Placed chem = placed(result, "20");
        assertThat(chem.now().yoy()).isEqualByComparingTo("0");
        assertThat(r4(chem.now().momentum())).isEqualByComparingTo("0.0414");
        assertThat(chem.now().quadrant()).isEqualTo(Quadrant.RECOVERY);
        assertThat(chem.since()).isEqualTo(NOV);
        assertThat(chem.trail().stream().map(CyclePositions.Point::month).toList()).containsExactly(
                YearMonth.of(2025, 6), YearMonth.of(2025, 7), YearMonth.of(2025, 8), YearMonth.of(2025, 9),
                YearMonth.of(2025, 10));
        assertThat(chem.trail().stream().map(p -> r4(p.momentum())).toList()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-2.9459"), new BigDecimal("-2.7497"), new BigDecimal("-1.1866"),
                        new BigDecimal("0.5821"), new BigDecimal("0.0000"));
        assertThat(chem.trail().stream().map(CyclePositions.Point::yoy).toList()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-8.8"), new BigDecimal("-5.2"), new BigDecimal("-3.8"),
                        new BigDecimal("-1.9"), new BigDecimal("-3.3"));
        assertThat(chem.trail().stream().map(CyclePositions.Point::quadrant).toList()).containsExactly(
                Quadrant.CONTRACTION, Quadrant.CONTRACTION, Quadrant.CONTRACTION, Quadrant.RECOVERY, Quadrant.CONTRACTION);
    }

    @Test
    void branchesWithoutBothFiguresAreApartWithWhatTheyLack() throws Exception {
        CyclePositions.Result result = CyclePositions.of(BundledData.snapshot().asOf(null), NOV);
        // food (10) has a yoy_ca of November 2025 (+2.6) but no index_sa in the months 3m/3m needs
        assertThat(result.apart()).anySatisfy(a -> {
            assertThat(a.branch().code()).isEqualTo("10");
            assertThat(a.lack()).isEqualTo(CyclePositions.Lack.INDEX_SA);
        });
        assertThat(result.placed().stream().map(p -> p.branch().code()).toList()).contains("C", "20", "21")
                .doesNotContain("10");
        assertThat(result.apart().stream().map(a -> a.branch().code()).toList()).doesNotContain("C", "20", "21");
    }

    @Test
    void quadrantsByTheSignsOfBothAxes() {
        assertThat(Quadrant.of(BigDecimal.ONE, BigDecimal.ONE)).isEqualTo(Quadrant.GROWTH);
        assertThat(Quadrant.of(BigDecimal.ONE, BigDecimal.ONE.negate())).isEqualTo(Quadrant.SLOWING);
        assertThat(Quadrant.of(BigDecimal.ONE.negate(), BigDecimal.ONE.negate())).isEqualTo(Quadrant.CONTRACTION);
        assertThat(Quadrant.of(BigDecimal.ONE.negate(), BigDecimal.ONE)).isEqualTo(Quadrant.RECOVERY);
        assertThat(List.of(Quadrant.of(BigDecimal.ZERO, BigDecimal.ZERO))).containsExactly(Quadrant.CONTRACTION);
    }
}
