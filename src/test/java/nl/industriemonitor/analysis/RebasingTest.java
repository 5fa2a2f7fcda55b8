package nl.industriemonitor.analysis;

import static nl.industriemonitor.analysis.RealFigures.JNJ;
import static nl.industriemonitor.analysis.RealFigures.JNJ_PUBLISHED;
import static nl.industriemonitor.analysis.RealFigures.assertAmount;
import static nl.industriemonitor.analysis.RealFigures.month;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RebasingTest {

    private DataView view;

    @BeforeEach
    void chemicalsAndTotal() {
        RealFigures figures = RealFigures.create();
        long jnj = figures.release(JNJ_PUBLISHED, JNJ);
        // jnj csv (published 2026-03-10), production_index_sa:
        // 20,2021-01 99; 20,2025-09 … 2026-01 80.8 79.3 81.5 77.8 76.3; C,2021-01 97.6; C,2025-12 104.1
        figures.cell(jnj, "20", "2021-01", Measure.INDEX_SA, "99")
                .series(jnj, "20", Measure.INDEX_SA, "2025-09", "80.8", "79.3", "81.5", "77.8", "76.3")
                .cell(jnj, "C", "2021-01", Measure.INDEX_SA, "97.6")
                .cell(jnj, "C", "2025-12", Measure.INDEX_SA, "104.1");
        view = figures.build().latest();
    }

    @Test
    void rebasesChemicalsToJanuary2021() {
        RebasedSeries series = Rebasing.rebase(view, "20", Measure.INDEX_SA,
                month("2021-01"), month("2025-09"), month("2025-12")).orElseThrow();

        assertAmount("99", series.baseValue());
        List<RebasedSeries.Point> points = series.points();
        assertEquals(List.of(month("2025-09"), month("2025-10"), month("2025-11"), month("2025-12")),
                points.stream().map(RebasedSeries.Point::month).toList());
        // value / 99 × 100
        assertAmount("81.61616161616162", points.get(0).value());
        assertAmount("80.10101010101010", points.get(1).value());
        assertAmount("82.32323232323232", points.get(2).value());
        assertAmount("78.58585858585859", points.get(3).value());
    }

    @Test
    void theBaseMonthItselfIsExactly100() {
        RebasedSeries series = Rebasing.rebase(view, "C", Measure.INDEX_SA,
                month("2021-01"), month("2021-01"), month("2021-01")).orElseThrow();
        assertAmount("100", series.points().get(0).value());
    }

    @Test
    void totalIndustryRebasedToJanuary2021() {
        RebasedSeries series = Rebasing.rebase(view, "C", Measure.INDEX_SA,
                month("2021-01"), month("2025-12"), month("2025-12")).orElseThrow();
        // 104.1 / 97.6 × 100
        assertAmount("106.6598360655738", series.points().get(0).value());
    }

    @Test
    void aMissingMonthStaysMissing() {
        RebasedSeries series = Rebasing.rebase(view, "20", Measure.INDEX_SA,
                month("2021-01"), month("2025-12"), month("2026-02")).orElseThrow();

        assertAmount("78.58585858585859", series.points().get(0).value());
        assertAmount("77.07070707070707", series.points().get(1).value());
        assertNull(series.points().get(2).value());
        assertTrue(series.points().get(2).missing());
    }

    @Test
    void nothingWhenTheBaseMonthIsMissing() {
        assertTrue(Rebasing.rebase(view, "20", Measure.INDEX_SA,
                month("2020-12"), month("2025-09"), month("2025-12")).isEmpty());
        assertTrue(Rebasing.rebase(view, "20", Measure.INDEX,
                month("2021-01"), month("2025-09"), month("2025-12")).isEmpty());
    }

    @Test
    void onlyIndicesCanBeRebased() {
        assertThrows(IllegalArgumentException.class, () -> Rebasing.rebase(view, "20", Measure.YOY_CA,
                month("2021-01"), month("2025-09"), month("2025-12")));
    }
}
