package nl.industriemonitor.analysis.lagging;

import static nl.industriemonitor.analysis.RealFigures.JNJ;
import static nl.industriemonitor.analysis.RealFigures.JNJ_PUBLISHED;
import static nl.industriemonitor.analysis.RealFigures.assertAmount;
import static nl.industriemonitor.analysis.RealFigures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.industriemonitor.analysis.MissingInput;
import nl.industriemonitor.analysis.RealFigures;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LaggingRulesTest {

    private static Snapshot snapshot;

    @BeforeAll
    static void releasesAroundTheTurnOf2025() {
        RealFigures figures = RealFigures.create();
        long sep25 = figures.release("2025-10-10", "forexhsn.com 2025-10-10 (Aug 2025 release)");
        long sep25b = figures.release("2025-11-10", "forexhsn.com 2025-11-10 (Sep 2025 release)");
        long oct25 = figures.release("2025-12-10", "cbs.nl news en 2025/50 (Oct 2025 release)");
        long nov25 = figures.release("2026-01-09", "cbs.nl news en 2026/02 (Nov 2025 release)");
        long dec25 = figures.release("2026-02-10", "cbs.nl news en 2026/07 (Dec 2025 release)");
        long jnj = figures.release(JNJ_PUBLISHED, JNJ);
        long feb26 = figures.release("2026-04-10", "cbs.nl news en 2026/15 (Feb 2026 release)");

        // jnj csv (2026-03-10): production_index_sa 2025-07 … 2026-01, yoy_calendar_adjusted_pct and
        // mom_sa_pct 2025-11 … 2026-01, of 20 and C
        figures.series(jnj, "20", Measure.INDEX_SA, "2025-07", "80.7", "80.4", "80.8", "79.3", "81.5", "77.8", "76.3")
                .series(jnj, "20", Measure.YOY_CA, "2025-11", "0", "-3.1", "-7.3")
                .series(jnj, "20", Measure.MOM_SA, "2025-11", "2.9", "-4.6", "-1.8")
                .series(jnj, "C", Measure.INDEX_SA, "2025-07", "102.7", "104.9", "104.6", "104.8", "103.8", "104.1",
                        "104.5")
                .series(jnj, "C", Measure.YOY_CA, "2025-11", "0.3", "1.4", "1.1")
                .series(jnj, "C", Measure.MOM_SA, "2025-11", "-0.9", "0.3", "0.4");
        // yoy_calendar_adjusted_pct in the CBS news releases: 2026/02 (C 2025-11 0.7, 20 2025-11 -0.7),
        // 2026/07 (C 2025-11 0.4, C 2025-12 1.3, 20 2025-12 -3.1), 2026/15 (C 2025-11 -0.3, 2025-12 -0.7,
        // 2026-01 1; C 2026-02 -0.7, 20 2026-02 -9.5), 2025/50 (C 2025-10 1.9)
        figures.cell(nov25, "C", "2025-11", Measure.YOY_CA, "0.7").cell(nov25, "20", "2025-11", Measure.YOY_CA, "-0.7")
                .cell(dec25, "C", "2025-11", Measure.YOY_CA, "0.4").cell(dec25, "C", "2025-12", Measure.YOY_CA, "1.3")
                .cell(dec25, "20", "2025-12", Measure.YOY_CA, "-3.1")
                .series(feb26, "C", Measure.YOY_CA, "2025-11", "-0.3", "-0.7", "1")
                .cell(oct25, "C", "2025-10", Measure.YOY_CA, "1.9")
                .cell(feb26, "C", "2026-02", Measure.YOY_CA, "-0.7").cell(feb26, "20", "2026-02", Measure.YOY_CA, "-9.5");
        // 24 (basic metals) has only a few mom_sa_pct figures: 2025-07 0.8 and 2025-08 -0.4 (forexhsn
        // 2025-10-10), 2025-08 -0.3 and 2025-09 0.2 (forexhsn 2025-11-10)
        figures.series(sep25, "24", Measure.MOM_SA, "2025-07", "0.8", "-0.4")
                .series(sep25b, "24", Measure.MOM_SA, "2025-08", "-0.3", "0.2");
        snapshot = figures.build();
    }

    @Test
    void chemicalsAtTheirLatestMonthLagOnThreeRules() {
        LaggingResults flags = LaggingRules.evaluate(snapshot.latest(), "20", month("2026-01"), RuleSettings.defaults());

        assertEquals(List.of(LaggingRule.BELOW_TOTAL, LaggingRule.FALLING_TREND, LaggingRule.BELOW_2021,
                LaggingRule.LOSING_STREAK), flags.results().stream().map(RuleResult::rule).toList());
        assertEquals(List.of(Outcome.HOLDS, Outcome.HOLDS, Outcome.HOLDS, Outcome.DOES_NOT_HOLD),
                flags.results().stream().map(RuleResult::outcome).toList());
        assertTrue(flags.anyHolds());
        assertEquals(3, flags.holding().size());

        RuleResult belowTotal = flags.result(LaggingRule.BELOW_TOTAL).orElseThrow();
        // ≤ 1.1 − 2.0: C as published on 2026-03-10 with the branch figure, not C's later revision to 1
        assertAmount("-7.3", belowTotal.belowTotal().value());
        assertAmount("1.1", belowTotal.belowTotal().reference());
        // (81.5 + 77.8 + 76.3 − (80.4 + 80.8 + 79.3)) / 240.5 × 100 = −4.9 / 240.5 × 100
        assertAmount("-2.037422037422037", flags.result(LaggingRule.FALLING_TREND).orElseThrow().fallingTrend().change());
        assertAmount("78.53333333333333", flags.result(LaggingRule.BELOW_2021).orElseThrow().below2021().average());
        assertEquals(2, flags.result(LaggingRule.LOSING_STREAK).orElseThrow().losingStreak().streak());
    }

    @Test
    void totalIndustryAtItsLatestMonth() {
        LaggingResults flags = LaggingRules.evaluate(snapshot.latest(), "C", month("2026-01"), RuleSettings.defaults());

        assertEquals(List.of(Outcome.NOT_APPLICABLE, Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.DOES_NOT_HOLD),
                flags.results().stream().map(RuleResult::outcome).toList());
        assertAmount("-0.6045179764556157", flags.results().get(1).fallingTrend().change());
        assertAmount("104.1333333333333", flags.results().get(2).below2021().average());
        assertEquals(0, flags.results().get(3).losingStreak().streak()); // mom_sa 2026-01 +0.4
    }

    @Test
    void onlyEnabledRulesAreEvaluated() {
        RuleSettings onlyStreak = RuleSettings.defaults().withEnabled(Set.of(LaggingRule.LOSING_STREAK));
        LaggingResults flags = LaggingRules.evaluate(snapshot.latest(), "20", month("2026-01"), onlyStreak);

        assertEquals(List.of(LaggingRule.LOSING_STREAK), flags.results().stream().map(RuleResult::rule).toList());
        assertFalse(flags.anyHolds());
        assertTrue(flags.result(LaggingRule.BELOW_TOTAL).isEmpty());

        LaggingResults withShortStreak = LaggingRules.evaluate(snapshot.latest(), "20", month("2026-01"),
                onlyStreak.withStreakLength(2));
        assertTrue(withShortStreak.anyHolds());

        assertTrue(LaggingRules.evaluate(snapshot.latest(), "20", month("2026-01"),
                RuleSettings.defaults().withEnabled(Set.of())).results().isEmpty());
    }

    @Test
    void everyRuleSaysNoDataForABranchWithOnlyAFewMonths() {
        LaggingResults flags = LaggingRules.evaluate(snapshot.latest(), "24", month("2025-10"), RuleSettings.defaults());

        assertEquals(List.of(Outcome.NO_DATA, Outcome.NO_DATA, Outcome.NO_DATA, Outcome.NO_DATA),
                flags.results().stream().map(RuleResult::outcome).toList());
        assertFalse(flags.anyHolds());
        assertEquals(List.of(missing("24", "2025-10", Measure.YOY_CA)), flags.results().get(0).missing());
        assertEquals(months("24", "2025-05", "2025-10", Measure.INDEX_SA), flags.results().get(1).missing());
        assertEquals(months("24", "2025-08", "2025-10", Measure.INDEX_SA), flags.results().get(2).missing());
        // 2025-09 rose (+0.2), so only 2025-10 itself is needed
        assertEquals(List.of(missing("24", "2025-10", Measure.MOM_SA)), flags.results().get(3).missing());
        flags.results().forEach(r -> assertEquals(null, r.evidence()));
    }

    @Test
    void rulesUseTheValuesOfTheRequestedVintage() {
        DataView jan9 = snapshot.asOf(LocalDate.parse("2026-01-09"));
        RuleResult firstRelease = LaggingRules.belowTotal(jan9, "20", month("2025-11"), RuleSettings.DEFAULT_THRESHOLD_POINTS);
        assertEquals(Outcome.DOES_NOT_HOLD, firstRelease.outcome());
        assertAmount("-0.7", firstRelease.belowTotal().value());
        assertAmount("0.7", firstRelease.belowTotal().reference()); // C 2025-11 as first published

        RuleResult latest = LaggingRules.belowTotal(snapshot.latest(), "20", month("2025-11"),
                RuleSettings.DEFAULT_THRESHOLD_POINTS);
        assertAmount("0", latest.belowTotal().value());
        // 20's latest figure came with the 2026-03-10 release, so C as published then (0.3), not C's
        // revision of 2026-04-10 (-0.3), which did not revise the branch figures we hold
        assertAmount("0.3", latest.belowTotal().reference());

        // December 2025 was not yet published on 2026-01-09, was on 2026-02-10, and C was revised later
        assertEquals(List.of(missing("20", "2025-12", Measure.YOY_CA), missing("C", "2025-12", Measure.YOY_CA)),
                LaggingRules.belowTotal(jan9, "20", month("2025-12"), RuleSettings.DEFAULT_THRESHOLD_POINTS).missing());
        RuleResult feb10 = LaggingRules.belowTotal(snapshot.asOf(LocalDate.parse("2026-02-10")), "20",
                month("2025-12"), RuleSettings.DEFAULT_THRESHOLD_POINTS);
        assertEquals(Outcome.HOLDS, feb10.outcome());
        assertAmount("1.3", feb10.belowTotal().reference());
        // latest: 20's December figure is from 2026-03-10, so C as published then (1.4), not -0.7 of 2026-04-10
        assertAmount("1.4", LaggingRules.belowTotal(snapshot.latest(), "20", month("2025-12"),
                RuleSettings.DEFAULT_THRESHOLD_POINTS).belowTotal().reference());

        // the indices arrived with the jnj csv on 2026-03-10
        LaggingResults before = LaggingRules.evaluate(snapshot.asOf(LocalDate.parse("2026-02-10")), "20",
                month("2025-12"), RuleSettings.defaults());
        assertEquals(Outcome.NO_DATA, before.result(LaggingRule.FALLING_TREND).orElseThrow().outcome());
        assertEquals(Outcome.NO_DATA, before.result(LaggingRule.BELOW_2021).orElseThrow().outcome());
        LaggingResults after = LaggingRules.evaluate(snapshot.asOf(LocalDate.parse("2026-03-10")), "20",
                month("2025-12"), RuleSettings.defaults());
        assertEquals(Outcome.HOLDS, after.result(LaggingRule.FALLING_TREND).orElseThrow().outcome());
        assertAmount("1.4", after.result(LaggingRule.BELOW_TOTAL).orElseThrow().belowTotal().reference());
    }

    @Test
    void evaluateLatestJudgesEachRuleAtTheLatestMonthOfItsOwnMeasure() {
        // 2026-02 has yoy_ca for 20 (−9.5) but its indices and mom_sa stop at 2026-01
        LaggingResults atFebruary = LaggingRules.evaluate(snapshot.latest(), "20", month("2026-02"),
                RuleSettings.defaults());
        assertEquals(Outcome.NO_DATA, atFebruary.result(LaggingRule.FALLING_TREND).orElseThrow().outcome());

        LaggingResults latest = LaggingRules.evaluateLatest(snapshot.latest(), "20", month("2026-02"),
                RuleSettings.defaults());
        assertEquals(month("2026-02"), latest.month());
        assertEquals(List.of(month("2026-02"), month("2026-01"), month("2026-01"), month("2026-01")),
                latest.results().stream().map(RuleResult::month).toList());
        assertEquals(List.of(Outcome.HOLDS, Outcome.HOLDS, Outcome.HOLDS, Outcome.DOES_NOT_HOLD),
                latest.results().stream().map(RuleResult::outcome).toList());
        assertAmount("-9.5", latest.results().get(0).belowTotal().value()); // ≤ −0.7 − 2.0

        // a branch without any figure of a rule's measure is judged at the requested month: no data
        LaggingResults metals = LaggingRules.evaluateLatest(snapshot.latest(), "24", month("2026-02"),
                RuleSettings.defaults());
        assertEquals(List.of(missing("24", "2026-02", Measure.YOY_CA)), metals.results().get(0).missing());
        assertEquals(month("2025-09"), metals.results().get(3).month());
        assertEquals(Outcome.DOES_NOT_HOLD, metals.results().get(3).outcome());
    }

    private static MissingInput missing(String branch, String month, Measure measure) {
        return new MissingInput(branch, YearMonth.parse(month), measure);
    }

    private static List<MissingInput> months(String branch, String from, String to, Measure measure) {
        List<MissingInput> list = new ArrayList<>();
        for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
            list.add(new MissingInput(branch, m, measure));
        }
        return list;
    }
}
