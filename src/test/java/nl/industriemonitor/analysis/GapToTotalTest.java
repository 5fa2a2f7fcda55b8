package nl.industriemonitor.analysis;

import static nl.industriemonitor.analysis.RealFigures.JNJ;
import static nl.industriemonitor.analysis.RealFigures.JNJ_PUBLISHED;
import static nl.industriemonitor.analysis.RealFigures.assertAmount;
import static nl.industriemonitor.analysis.RealFigures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GapToTotalTest {

    private static final String NOV_2025_RELEASE = "cbs.nl news en 2026/02 (Nov 2025 release)";

    private Snapshot snapshot;

    @BeforeEach
    void chemicalsAndTotal() {
        RealFigures figures = RealFigures.create();
        long nov = figures.release("2026-01-09", NOV_2025_RELEASE);
        long jnj = figures.release(JNJ_PUBLISHED, JNJ);
        // yoy_calendar_adjusted_pct, 2025-11: C 0.7 and 20 -0.7 in "cbs.nl news en 2026/02" (2026-01-09)
        figures.cell(nov, "C", "2025-11", Measure.YOY_CA, "0.7").cell(nov, "20", "2025-11", Measure.YOY_CA, "-0.7");
        // jnj csv (2026-03-10): C 2025-11 0.3, 2025-12 1.4; 20 2025-11 0, 2025-12 -3.1; 21 2025-12 -18.2
        figures.cell(jnj, "C", "2025-11", Measure.YOY_CA, "0.3").cell(jnj, "C", "2025-12", Measure.YOY_CA, "1.4")
                .cell(jnj, "20", "2025-11", Measure.YOY_CA, "0").cell(jnj, "20", "2025-12", Measure.YOY_CA, "-3.1")
                .cell(jnj, "21", "2025-12", Measure.YOY_CA, "-18.2");
        // 20,2026-02 -9.5 in "cbs.nl news en 2026/15" (2026-04-10); C's row of that release left out on purpose
        long feb = figures.release("2026-04-10", "cbs.nl news en 2026/15 (Feb 2026 release)");
        figures.cell(feb, "20", "2026-02", Measure.YOY_CA, "-9.5");
        snapshot = figures.build();
    }

    @Test
    void chemicalsLagTotalIndustryInDecember2025() {
        GapToTotal gap = GapToTotal.of(snapshot.latest(), "20", month("2025-12")).orElseThrow();

        assertAmount("-4.5", gap.points()); // −3.1 − 1.4
        assertAmount("-3.1", gap.branchFigure().amount());
        assertAmount("1.4", gap.totalFigure().amount());
        assertEquals(JNJ, gap.totalFigure().release().source());
    }

    @Test
    void theGapFollowsTheVintage() {
        assertAmount("-1.4", GapToTotal.of(snapshot.asOf(LocalDate.parse("2026-01-09")), "20", month("2025-11"))
                .orElseThrow().points()); // −0.7 − 0.7
        assertAmount("-0.3", GapToTotal.of(snapshot.latest(), "20", month("2025-11"))
                .orElseThrow().points()); // 0 − 0.3
    }

    @Test
    void aBranchIsSetAgainstTheTotalPublishedWithItNotALaterRevision() {
        RealFigures figures = RealFigures.create();
        long nov = figures.release("2026-01-09", NOV_2025_RELEASE);
        long feb = figures.release("2026-04-10", "cbs.nl news en 2026/15 (Feb 2026 release)");
        // 33 (repair and installation) 2025-11: +6.3 in the first release only; C 0.7 then, -0.3 on 2026-04-10
        figures.cell(nov, "33", "2025-11", Measure.YOY_CA, "6.3").cell(nov, "C", "2025-11", Measure.YOY_CA, "0.7")
                .cell(feb, "C", "2025-11", Measure.YOY_CA, "-0.3");
        GapToTotal gap = GapToTotal.of(figures.build().latest(), "33", month("2025-11")).orElseThrow();
        assertAmount("5.6", gap.points()); // 6.3 − 0.7, as CBS compared them; not 6.3 − (−0.3)
        assertEquals(LocalDate.parse("2026-01-09"), gap.totalFigure().release().published());
    }

    @Test
    void emptyWhenEitherFigureIsMissing() {
        assertTrue(GapToTotal.of(snapshot.latest(), "24", month("2025-12")).isEmpty()); // branch missing
        assertTrue(GapToTotal.of(snapshot.latest(), "20", month("2026-02")).isEmpty()); // total missing
        assertTrue(GapToTotal.of(snapshot.asOf(LocalDate.parse("2026-01-09")), "21", month("2025-12")).isEmpty());
    }
}
