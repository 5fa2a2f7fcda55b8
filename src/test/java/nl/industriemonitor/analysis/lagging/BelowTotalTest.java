package nl.industriemonitor.analysis.lagging;

import static nl.industriemonitor.analysis.RealFigures.JNJ;
import static nl.industriemonitor.analysis.RealFigures.JNJ_PUBLISHED;
import static nl.industriemonitor.analysis.RealFigures.assertAmount;
import static nl.industriemonitor.analysis.RealFigures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import nl.industriemonitor.analysis.MissingInput;
import nl.industriemonitor.analysis.RealFigures;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BelowTotalTest {

    private static final BigDecimal DEFAULT = RuleSettings.DEFAULT_THRESHOLD_POINTS;

    private DataView view;

    @BeforeEach
    void chemicalsAndTotal() {
        RealFigures figures = RealFigures.create();
        long jnj = figures.release(JNJ_PUBLISHED, JNJ);
        // jnj csv (2026-03-10), yoy_calendar_adjusted_pct 2025-11 and 2025-12: C 0.3, 1.4; 20 0, -3.1
        figures.series(jnj, "C", Measure.YOY_CA, "2025-11", "0.3", "1.4")
                .series(jnj, "20", Measure.YOY_CA, "2025-11", "0", "-3.1");
        view = figures.build().latest();
    }

    @Test
    void holdsForChemicalsInDecember2025() {
        RuleResult result = LaggingRules.belowTotal(view, "20", month("2025-12"), DEFAULT);

        assertEquals(Outcome.HOLDS, result.outcome());
        assertEquals(LaggingRule.BELOW_TOTAL, result.rule());
        assertEquals(month("2025-12"), result.month());
        // −3.1 ≤ 1.4 − 2.0
        RuleEvidence.BelowTotal numbers = result.belowTotal();
        assertAmount("-3.1", numbers.value());
        assertAmount("1.4", numbers.reference());
        assertAmount("2.0", numbers.threshold());
        assertAmount("-0.6", numbers.limit());
        assertEquals(List.of(), result.missing());
    }

    @Test
    void doesNotHoldForChemicalsInNovember2025() {
        RuleResult result = LaggingRules.belowTotal(view, "20", month("2025-11"), DEFAULT);

        assertEquals(Outcome.DOES_NOT_HOLD, result.outcome());
        // 0 > 0.3 − 2.0
        assertAmount("0", result.belowTotal().value());
        assertAmount("0.3", result.belowTotal().reference());
        assertAmount("-1.7", result.belowTotal().limit());
    }

    @Test
    void theLimitItselfCountsAsBelow() {
        // −3.1 ≤ 1.4 − 4.5 exactly; one tenth more and it no longer holds
        assertEquals(Outcome.HOLDS,
                LaggingRules.belowTotal(view, "20", month("2025-12"), new BigDecimal("4.5")).outcome());
        assertEquals(Outcome.DOES_NOT_HOLD,
                LaggingRules.belowTotal(view, "20", month("2025-12"), new BigDecimal("4.6")).outcome());
    }

    @Test
    void notApplicableToTotalIndustryItself() {
        RuleResult result = LaggingRules.belowTotal(view, "C", month("2025-12"), DEFAULT);

        assertEquals(Outcome.NOT_APPLICABLE, result.outcome());
        assertNull(result.evidence());
        assertEquals(List.of(), result.missing());
    }

    @Test
    void noDataNamesEachMissingFigure() {
        RuleResult branchMissing = LaggingRules.belowTotal(view, "24", month("2025-12"), DEFAULT);
        assertEquals(Outcome.NO_DATA, branchMissing.outcome());
        assertNull(branchMissing.evidence());
        assertEquals(List.of(new MissingInput("24", month("2025-12"), Measure.YOY_CA)), branchMissing.missing());

        RuleResult bothMissing = LaggingRules.belowTotal(view, "20", month("2026-01"), DEFAULT);
        assertEquals(List.of(new MissingInput("20", month("2026-01"), Measure.YOY_CA),
                new MissingInput("C", month("2026-01"), Measure.YOY_CA)), bothMissing.missing());
    }
}
