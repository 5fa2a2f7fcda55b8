package nl.industriemonitor.analysis;

import static nl.industriemonitor.analysis.RealFigures.JNJ;
import static nl.industriemonitor.analysis.RealFigures.JNJ_PUBLISHED;
import static nl.industriemonitor.analysis.RealFigures.assertAmount;
import static nl.industriemonitor.analysis.RealFigures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;
import org.junit.jupiter.api.Test;

class ChangesTest {

    private static final String NOV_2025_RELEASE = "welingelichtekringen.nl/ANP 2026-01-09 (Nov 2025 release)";
    private static final String DEC_2025_RELEASE = "cbs.nl news en 2026/07 (Dec 2025 release)";

    /** CSV rows of the jnj release (published 2026-03-10), production_index_sa, 2025-01 … 2026-01. */
    private static RealFigures indexSa(RealFigures figures, long jnj) {
        return figures
                .series(jnj, "C", Measure.INDEX_SA, "2025-01", "103.2", "103.6", "104.3", "103.3", "103.7",
                        "103.7", "102.7", "104.9", "104.6", "104.8", "103.8", "104.1", "104.5")
                .series(jnj, "20", Measure.INDEX_SA, "2025-01", "81.2", "82.3", "84.3", "80.7", "79.4",
                        "80.4", "80.7", "80.4", "80.8", "79.3", "81.5", "77.8", "76.3");
    }

    @Test
    void lookupsReturnThePublishedFigureOfTheViewsVintage() {
        RealFigures figures = RealFigures.create();
        long dec = figures.release("2026-02-10", DEC_2025_RELEASE);
        long nov = figures.release("2026-01-09", NOV_2025_RELEASE);
        long jnj = figures.release(JNJ_PUBLISHED, JNJ);
        // 20,2025-12 yoy_calendar_adjusted_pct -3.1 in both "cbs.nl news en 2026/07" and the jnj csv
        figures.cell(dec, "20", "2025-12", Measure.YOY_CA, "-3.1").cell(jnj, "20", "2025-12", Measure.YOY_CA, "-3.1");
        // C,2025-11 mom_sa_pct -0.5 (welingelichtekringen, 2026-01-09), later -0.9 (jnj csv, 2026-03-10)
        figures.cell(nov, "C", "2025-11", Measure.MOM_SA, "-0.5").cell(jnj, "C", "2025-11", Measure.MOM_SA, "-0.9");
        Snapshot snapshot = figures.build();

        Figure yoy = Changes.yearOnYear(snapshot.asOf(LocalDate.parse("2026-02-10")), "20", month("2025-12")).orElseThrow();
        assertAmount("-3.1", yoy.amount());
        assertEquals(DEC_2025_RELEASE, yoy.release().source());
        assertEquals(JNJ, Changes.yearOnYear(snapshot.latest(), "20", month("2025-12")).orElseThrow().release().source());

        assertAmount("-0.5", Changes.monthOnMonth(snapshot.asOf(LocalDate.parse("2026-01-09")), "C", month("2025-11"))
                .orElseThrow().amount());
        assertAmount("-0.9", Changes.monthOnMonth(snapshot.latest(), "C", month("2025-11")).orElseThrow().amount());
    }

    @Test
    void aMissingPublishedChangeIsNotDerivedFromTheIndex() {
        RealFigures figures = RealFigures.create();
        DataView view = indexSa(figures, figures.release(JNJ_PUBLISHED, JNJ)).build().latest();

        // index_sa of 2025-01 and 2026-01, and of 2025-12 and 2026-01, are all there; the changes are not
        assertTrue(Changes.yearOnYear(view, "C", month("2026-01")).isEmpty());
        assertTrue(Changes.monthOnMonth(view, "C", month("2026-01")).isEmpty());
    }

    @Test
    void threeMonthChangeOfChemicalsIsNegativeAtTheEndOf2025() {
        RealFigures figures = RealFigures.create();
        DataView view = indexSa(figures, figures.release(JNJ_PUBLISHED, JNJ)).build().latest();

        ThreeMonthChange change = Changes.threeMonthChange(view, "20", month("2025-12")).orElseThrow();

        // Oct–Dec 79.3 + 81.5 + 77.8 = 238.6; Jul–Sep 80.7 + 80.4 + 80.8 = 241.9;
        // (238.6 − 241.9) / 241.9 × 100 = −3.3 / 241.9 × 100 = −1.364200082678793… %
        assertAmount("79.53333333333333", change.recentAverage());
        assertAmount("80.63333333333333", change.earlierAverage());
        assertAmount("-1.364200082678793", change.change());
        assertEquals("20", change.branch());
        assertEquals(month("2025-12"), change.month());
    }

    @Test
    void threeMonthChangeOfTotalIndustryIsSlightlyPositiveAtTheEndOf2025() {
        RealFigures figures = RealFigures.create();
        DataView view = indexSa(figures, figures.release(JNJ_PUBLISHED, JNJ)).build().latest();

        ThreeMonthChange change = Changes.threeMonthChange(view, "C", month("2025-12")).orElseThrow();

        // Oct–Dec 104.8 + 103.8 + 104.1 = 312.7; Jul–Sep 102.7 + 104.9 + 104.6 = 312.2; 0.5 / 312.2 × 100
        assertAmount("104.2333333333333", change.recentAverage());
        assertAmount("104.0666666666667", change.earlierAverage());
        assertAmount("0.1601537475976938", change.change());
    }

    @Test
    void threeMonthChangeNeedsAllSixMonths() {
        RealFigures figures = RealFigures.create();
        long jnj = figures.release(JNJ_PUBLISHED, JNJ);
        // 20 index_sa 2025-08 … 2025-12 from the jnj csv, without 2025-07
        figures.series(jnj, "20", Measure.INDEX_SA, "2025-08", "80.4", "80.8", "79.3", "81.5", "77.8");
        DataView view = figures.build().latest();

        assertTrue(Changes.threeMonthChange(view, "20", month("2025-12")).isEmpty());
        assertTrue(Changes.threeMonthChange(view, "21", month("2025-12")).isEmpty());
    }
}
