package nl.industriemonitor.analysis;

import static nl.industriemonitor.analysis.RealFigures.JNJ;
import static nl.industriemonitor.analysis.RealFigures.JNJ_PUBLISHED;
import static nl.industriemonitor.analysis.RealFigures.assertAmount;
import static nl.industriemonitor.analysis.RealFigures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * The CSV holds no {@code yoy_ca} for 17, 19, 23 and 24, so the one real month in which all five
 * energy-intensive branches have a figure is 2025-01 in {@code mom_sa}.
 */
class GroupSummaryTest {

    private static Snapshot energyIntensive() {
        RealFigures figures = RealFigures.create();
        long jan = figures.release("2025-03-10", "tradingeconomics news 450863 (Jan 2025 release)");
        long feb = figures.release("2025-04-10", "tradingeconomics it page (Feb 2025 release)");
        long apr = figures.release("2026-03-10", "tradingeconomics news 532136 (Jan 2026 release; 2026-03-10)");
        long jnj = figures.release(JNJ_PUBLISHED, JNJ);
        // mom_sa_pct 2025-01: 17 10.3, 19 17.9, 20 1, 23 13.1 (tradingeconomics news 450863, 2025-03-10);
        // 24 -4.8 (tradingeconomics it page, 2025-04-10); 20 2.8 (jnj csv, 2026-03-10)
        figures.cell(jan, "17", "2025-01", Measure.MOM_SA, "10.3").cell(jan, "19", "2025-01", Measure.MOM_SA, "17.9")
                .cell(jan, "20", "2025-01", Measure.MOM_SA, "1").cell(jan, "23", "2025-01", Measure.MOM_SA, "13.1")
                .cell(feb, "24", "2025-01", Measure.MOM_SA, "-4.8").cell(jnj, "20", "2025-01", Measure.MOM_SA, "2.8");
        // mom_sa_pct 2025-12 (tradingeconomics news 532136, 2026-03-10): 17 -4.6, 19 2.4, 20 -4.6, 24 12.8; no 23
        figures.cell(apr, "17", "2025-12", Measure.MOM_SA, "-4.6").cell(apr, "19", "2025-12", Measure.MOM_SA, "2.4")
                .cell(apr, "20", "2025-12", Measure.MOM_SA, "-4.6").cell(apr, "24", "2025-12", Measure.MOM_SA, "12.8");
        // yoy_calendar_adjusted_pct 2025-12: 20 -3.1 (jnj csv); no other member has one
        figures.cell(jnj, "20", "2025-12", Measure.YOY_CA, "-3.1");
        return figures.build();
    }

    @Test
    void theGroupIsDestatisFiveWithoutPharma() {
        BranchGroup group = BranchGroup.byId("energy-intensive").orElseThrow();
        assertEquals(List.of("17", "19", "20", "23", "24"), group.members());
        assertFalse(group.contains("21"));
        assertTrue(BranchGroup.byId("energy").isEmpty());
    }

    @Test
    void meanOfAllFiveMembersInTheVintageOfApril2025() {
        GroupSummary summary = GroupSummary.of(energyIntensive().asOf(LocalDate.parse("2025-04-10")),
                BranchGroup.ENERGY_INTENSIVE, month("2025-01"), Measure.MOM_SA);

        assertTrue(summary.complete());
        assertEquals(List.of("17", "19", "20", "23", "24"), summary.withData());
        assertEquals(List.of(), summary.withoutData());
        assertAmount("7.5", summary.unweightedMean().orElseThrow()); // (10.3 + 17.9 + 1 + 13.1 − 4.8) / 5
    }

    @Test
    void meanUsesTheLatestVintageOfEachMember() {
        GroupSummary summary = GroupSummary.of(energyIntensive().latest(),
                BranchGroup.ENERGY_INTENSIVE, month("2025-01"), Measure.MOM_SA);

        assertAmount("2.8", summary.members().get(2).figure().amount());
        assertAmount("7.86", summary.unweightedMean().orElseThrow()); // (10.3 + 17.9 + 2.8 + 13.1 − 4.8) / 5
    }

    @Test
    void noMeanWhenOneMemberIsMissing() {
        GroupSummary summary = GroupSummary.of(energyIntensive().latest(),
                BranchGroup.ENERGY_INTENSIVE, month("2025-12"), Measure.MOM_SA);

        assertTrue(summary.unweightedMean().isEmpty());
        assertEquals(List.of("23"), summary.withoutData());
        assertEquals(List.of("17", "19", "20", "24"), summary.withData());
        assertEquals(List.of(new MissingInput("23", month("2025-12"), Measure.MOM_SA)), summary.missing());
    }

    @Test
    void yearOnYearIsTheDefaultMeasure() {
        GroupSummary summary = GroupSummary.of(energyIntensive().latest(), BranchGroup.ENERGY_INTENSIVE,
                month("2025-12"));

        assertEquals(Measure.YOY_CA, summary.measure());
        assertAmount("-3.1", summary.members().get(2).figure().amount());
        assertEquals(List.of("17", "19", "23", "24"), summary.withoutData());
        assertTrue(summary.unweightedMean().isEmpty());
    }
}
