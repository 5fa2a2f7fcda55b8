package nl.industriemonitor.analysis.lagging;

import static nl.industriemonitor.analysis.RealFigures.JNJ;
import static nl.industriemonitor.analysis.RealFigures.JNJ_PUBLISHED;
import static nl.industriemonitor.analysis.RealFigures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nl.industriemonitor.analysis.MissingInput;
import nl.industriemonitor.analysis.RealFigures;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LosingStreakTest {

    private DataView view;

    @BeforeEach
    void monthOnMonthChanges() {
        RealFigures figures = RealFigures.create();
        long jnj = figures.release(JNJ_PUBLISHED, JNJ);
        long jan26 = figures.release("2026-03-10", "tradingeconomics news 532136 (Jan 2026 release; 2026-03-10)");
        long jun25 = figures.release("2025-08-08", "tradingeconomics news 476313 (Jun 2025 release)");
        // jnj csv (2026-03-10), mom_sa_pct of 20: the chemicals slump of 2022-09 … 2023-02,
        // the run 2024-07 … 2024-10, and 2025-11 … 2026-01
        figures.series(jnj, "20", Measure.MOM_SA, "2022-08", "0.1", "-0.4", "-6.1", "-2.5", "-1.2", "-2.2", "-3.5", "2.8")
                .series(jnj, "20", Measure.MOM_SA, "2024-06", "3.4", "-4.6", "-2.6", "-0.7", "-1.1", "0.5")
                .series(jnj, "20", Measure.MOM_SA, "2025-11", "2.9", "-4.6", "-1.8");
        // 17 mom_sa_pct: 2025-05 -0.8, 2025-06 -2.8 (tradingeconomics news 476313, 2025-08-08);
        // 2025-12 -4.6, 2026-01 6.5 (tradingeconomics news 532136, 2026-03-10); nothing in between
        figures.series(jun25, "17", Measure.MOM_SA, "2025-05", "-0.8", "-2.8")
                .series(jan26, "17", Measure.MOM_SA, "2025-12", "-4.6", "6.5");
        view = figures.build().latest();
    }

    @Test
    void holdsInTheChemicalsSlumpAndCountsTheWholeRun() {
        RuleResult result = LaggingRules.losingStreak(view, "20", month("2023-02"), 3);

        assertEquals(Outcome.HOLDS, result.outcome());
        assertEquals(6, result.losingStreak().streak()); // 2022-09 … 2023-02; 2022-08 was +0.1
        assertEquals(3, result.losingStreak().required());
    }

    @Test
    void holdsOnTheFourMonthRunOf2024() {
        RuleResult result = LaggingRules.losingStreak(view, "20", month("2024-10"), 3);

        assertEquals(Outcome.HOLDS, result.outcome());
        assertEquals(4, result.losingStreak().streak());
        assertEquals(Outcome.DOES_NOT_HOLD, LaggingRules.losingStreak(view, "20", month("2024-10"), 5).outcome());
    }

    @Test
    void twoMonthsOfDeclineAreNotYetAStreak() {
        RuleResult result = LaggingRules.losingStreak(view, "20", month("2026-01"), 3);

        assertEquals(Outcome.DOES_NOT_HOLD, result.outcome());
        assertEquals(2, result.losingStreak().streak()); // 2025-12 −4.6, 2026-01 −1.8; 2025-11 +2.9
    }

    @Test
    void doesNotHoldWhenTheLatestMonthRose() {
        RuleResult afterSlump = LaggingRules.losingStreak(view, "20", month("2023-03"), 3);
        assertEquals(Outcome.DOES_NOT_HOLD, afterSlump.outcome());
        assertEquals(0, afterSlump.losingStreak().streak());

        // 17's 2026-01 rose (+6.5): decided although 2025-07 … 2025-11 are missing
        RuleResult paper = LaggingRules.losingStreak(view, "17", month("2026-01"), 3);
        assertEquals(Outcome.DOES_NOT_HOLD, paper.outcome());
        assertEquals(0, paper.losingStreak().streak());
    }

    @Test
    void noDataWhenANeededMonthIsMissing() {
        // 17: 2025-06 −2.8, 2025-05 −0.8, then 2025-04 not published
        RuleResult june = LaggingRules.losingStreak(view, "17", month("2025-06"), 3);
        assertEquals(Outcome.NO_DATA, june.outcome());
        assertNull(june.evidence());
        assertEquals(List.of(new MissingInput("17", month("2025-04"), Measure.MOM_SA)), june.missing());

        // 17: 2025-12 −4.6, then 2025-11 and 2025-10 not published
        RuleResult december = LaggingRules.losingStreak(view, "17", month("2025-12"), 3);
        assertEquals(List.of(new MissingInput("17", month("2025-11"), Measure.MOM_SA),
                new MissingInput("17", month("2025-10"), Measure.MOM_SA)), december.missing());

        // the month itself missing
        RuleResult november = LaggingRules.losingStreak(view, "17", month("2025-11"), 3);
        assertEquals(List.of(new MissingInput("17", month("2025-11"), Measure.MOM_SA),
                new MissingInput("17", month("2025-10"), Measure.MOM_SA),
                new MissingInput("17", month("2025-09"), Measure.MOM_SA)), november.missing());
    }

    @Test
    void aGapAfterEnoughNegativeMonthsDoesNotMatter() {
        // 17: 2025-06 −2.8, 2025-05 −0.8, 2025-04 missing; two months are enough when two are asked for,
        // and the run is counted as far as the data go
        RuleResult result = LaggingRules.losingStreak(view, "17", month("2025-06"), 2);

        assertEquals(Outcome.HOLDS, result.outcome());
        assertEquals(2, result.losingStreak().streak());
    }
}
