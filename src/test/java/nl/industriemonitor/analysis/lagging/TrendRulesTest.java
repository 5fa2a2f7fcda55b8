package nl.industriemonitor.analysis.lagging;

import static nl.industriemonitor.analysis.RealFigures.JNJ;
import static nl.industriemonitor.analysis.RealFigures.JNJ_PUBLISHED;
import static nl.industriemonitor.analysis.RealFigures.assertAmount;
import static nl.industriemonitor.analysis.RealFigures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import nl.industriemonitor.analysis.MissingInput;
import nl.industriemonitor.analysis.RealFigures;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** FALLING_TREND and BELOW_2021, both read from {@code index_sa}. */
class TrendRulesTest {

    private DataView view;

    @BeforeEach
    void indices() {
        RealFigures figures = RealFigures.create();
        long jnj = figures.release(JNJ_PUBLISHED, JNJ);
        // jnj csv (published 2026-03-10), production_index_sa, 20 from 2024-11 and C from 2025-07 to 2026-01
        figures.series(jnj, "20", Measure.INDEX_SA, "2024-11", "82.2", "78.9", "81.2", "82.3", "84.3", "80.7",
                        "79.4", "80.4", "80.7", "80.4", "80.8", "79.3", "81.5", "77.8", "76.3")
                .series(jnj, "C", Measure.INDEX_SA, "2025-07", "102.7", "104.9", "104.6", "104.8", "103.8",
                        "104.1", "104.5");
        view = figures.build().latest();
    }

    @Test
    void chemicalsAreBelowTheir2021LevelInEveryMonthOf2025() {
        RuleResult november = LaggingRules.below2021(view, "20", month("2025-11"));

        assertEquals(Outcome.HOLDS, november.outcome());
        // (80.8 + 79.3 + 81.5) / 3 = 241.6 / 3
        assertAmount("80.53333333333333", november.below2021().average());
        assertAmount("100", november.below2021().level());
        for (YearMonth m = month("2025-01"); !m.isAfter(month("2025-12")); m = m.plusMonths(1)) {
            assertEquals(Outcome.HOLDS, LaggingRules.below2021(view, "20", m).outcome(), m.toString());
        }
        // 2025-01: (82.2 + 78.9 + 81.2) / 3
        assertAmount("80.76666666666667", LaggingRules.below2021(view, "20", month("2025-01")).below2021().average());
    }

    @Test
    void totalIndustryIsAboveIts2021Level() {
        RuleResult result = LaggingRules.below2021(view, "C", month("2025-11"));

        assertEquals(Outcome.DOES_NOT_HOLD, result.outcome());
        assertAmount("104.4", result.below2021().average()); // (104.6 + 104.8 + 103.8) / 3
    }

    @Test
    void chemicalsHaveAFallingTrendInDecember2025() {
        RuleResult result = LaggingRules.fallingTrend(view, "20", month("2025-12"));

        assertEquals(Outcome.HOLDS, result.outcome());
        // by hand from the six figures: Oct–Dec 79.3, 81.5, 77.8; Jul–Sep 80.7, 80.4, 80.8
        BigDecimal recent = new BigDecimal("79.3").add(new BigDecimal("81.5")).add(new BigDecimal("77.8"));
        BigDecimal earlier = new BigDecimal("80.7").add(new BigDecimal("80.4")).add(new BigDecimal("80.8"));
        assertAmount("238.6", recent);
        assertAmount("241.9", earlier);
        BigDecimal expected = recent.divide(earlier, MathContext.DECIMAL128)
                .subtract(BigDecimal.ONE).movePointRight(2);
        assertEquals(expected.setScale(12, RoundingMode.HALF_EVEN),
                result.fallingTrend().change().setScale(12, RoundingMode.HALF_EVEN));
        assertAmount("-1.364200082678793", result.fallingTrend().change());
        assertAmount("79.53333333333333", result.fallingTrend().recentAverage());
        assertAmount("80.63333333333333", result.fallingTrend().earlierAverage());
    }

    @Test
    void totalIndustryTrendRoseInDecember2025AndFellInJanuary2026() {
        RuleResult december = LaggingRules.fallingTrend(view, "C", month("2025-12"));
        assertEquals(Outcome.DOES_NOT_HOLD, december.outcome());
        assertAmount("0.1601537475976938", december.fallingTrend().change()); // (312.7 − 312.2) / 312.2 × 100

        RuleResult january = LaggingRules.fallingTrend(view, "C", month("2026-01"));
        assertEquals(Outcome.HOLDS, january.outcome());
        assertAmount("-0.6045179764556157", january.fallingTrend().change()); // (312.4 − 314.3) / 314.3 × 100
    }

    @Test
    void noDataListsEveryMissingMonth() {
        // C's index_sa starts at 2025-07 here, so at 2025-11 the months 2025-06 … 2025-08 are needed
        // and 2025-06 is missing; at 2025-10 both 2025-05 and 2025-06
        RuleResult one = LaggingRules.fallingTrend(view, "C", month("2025-11"));
        assertEquals(Outcome.NO_DATA, one.outcome());
        assertEquals(List.of(new MissingInput("C", month("2025-06"), Measure.INDEX_SA)), one.missing());
        RuleResult trend = LaggingRules.fallingTrend(view, "C", month("2025-10"));
        assertEquals(List.of(new MissingInput("C", month("2025-05"), Measure.INDEX_SA),
                new MissingInput("C", month("2025-06"), Measure.INDEX_SA)), trend.missing());

        RuleResult level = LaggingRules.below2021(view, "20", month("2026-02"));
        assertEquals(Outcome.NO_DATA, level.outcome());
        assertEquals(List.of(new MissingInput("20", month("2026-02"), Measure.INDEX_SA)), level.missing());
    }
}
