package nl.industriemonitor.analysis;

import static nl.industriemonitor.analysis.RealFigures.assertAmount;
import static nl.industriemonitor.analysis.RealFigures.month;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.industriemonitor.analysis.summary.BundledData;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;

/**
 * Expectations are counted by hand from src/main/resources/data/cbs-85806NED-monthly.csv: the
 * release of 2026-04-10 (CBS news 2026/15 and a tradingeconomics item, the February 2026 figures).
 */
class ReleaseChangesTest {

    private static Snapshot bundled;

    @BeforeAll
    static void load() throws Exception {
        bundled = BundledData.snapshot();
    }

    private static ReleaseChanges.Result of(String date) {
        return ReleaseChanges.of(bundled, bundled.releases().stream()
                .filter(r -> LocalDate.parse(date).equals(r.published())).map(ReleaseInfo::id).toList());
    }

    @Test
    void theReleaseOfApril2026RevisedNovemberFromPlusToMinus() {
        ReleaseChanges.Result result = of("2026-04-10");
        ReleaseChanges.Revision november = result.revised().stream()
                .filter(r -> r.branch().equals("C") && r.measure() == Measure.YOY_CA && r.month().equals(month("2025-11")))
                .findFirst().orElseThrow();
        assertAmount("0.3", november.before().amount());
        assertAmount("-0.3", november.after().amount());
        assertAmount("-0.6", november.difference());
        // the vintage before it is the jnj csv of 2026-03-10, not the first print of 2026-01-09
        assertThat(november.before().release().published()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(november.after().release().published()).isEqualTo(LocalDate.parse("2026-04-10"));
    }

    @Test
    void countsOfApril2026() {
        ReleaseChanges.Result result = of("2026-04-10");
        assertThat(result.added()).hasSize(21);
        assertThat(result.revised()).hasSize(19);
        assertThat(result.unchanged()).isEqualTo(36);
        // every figure of the release is counted once: 56 from CBS news, 20 more from tradingeconomics
        int figures = bundled.releases().stream().filter(r -> LocalDate.parse("2026-04-10").equals(r.published()))
                .mapToInt(r -> bundled.figureCount(r.id())).sum();
        assertThat(result.figures()).isEqualTo(figures).isEqualTo(76);
    }

    @Test
    void revisionsAreSortedByAbsoluteSizeLargestFirst() {
        List<ReleaseChanges.Revision> revised = of("2026-04-10").revised();
        // machinery (28) January mom_sa -4.1 -> 2.9, pharma (21) 23.8 -> 17.0, total December yoy 1.4 -> -0.7
        assertThat(revised.subList(0, 3)).extracting(r -> r.branch() + " " + r.measure().code + " " + r.month())
                .containsExactly("28 mom_sa 2026-01", "21 mom_sa 2026-01", "C yoy_ca 2025-12");
        assertAmount("7.0", revised.get(0).difference());
        assertAmount("-6.8", revised.get(1).difference());
        assertAmount("-2.1", revised.get(2).difference());
        for (int i = 1; i < revised.size(); i++) {
            assertThat(revised.get(i).difference().abs()).isLessThanOrEqualTo(revised.get(i - 1).difference().abs());
        }
        // equal sizes keep month order: July and October 2025 were both revised by -1.0
        List<String> minusOne = revised.stream().filter(r -> r.difference().compareTo(new BigDecimal("-1.0")) == 0)
                .map(r -> r.month().toString()).toList();
        assertThat(minusOne).containsExactly("2025-07", "2025-10");
    }

    @Test
    void newFiguresOfApril2026AreTheFebruaryMonthAndTwoJanuaryFirstPrints() {
        List<ReleaseChanges.Added> added = of("2026-04-10").added();
        ReleaseChanges.Added totalYoy = added.stream()
                .filter(a -> a.branch().equals("C") && a.measure() == Measure.YOY_CA).findFirst().orElseThrow();
        assertThat(totalYoy.month()).isEqualTo(month("2026-02"));
        assertAmount("-0.7", totalYoy.figure().amount());
        assertThat(added).filteredOn(a -> a.month().equals(month("2026-01")))
                .extracting(a -> a.branch() + " " + a.measure().code).containsExactlyInAnyOrder("18 mom_sa", "25 mom_sa");
        assertThat(added).allMatch(a -> !a.month().isBefore(month("2026-01")));
    }

    @Test
    void newMonthsGroupMeasuresWithTheSameMonthsAndCompressRanges() {
        List<NewMonths> april = NewMonths.of(of("2026-04-10").added());
        NewMonths printing = april.stream().filter(m -> m.branch().equals("18")).findFirst().orElseThrow();
        assertThat(printing.measures()).containsExactly(Measure.MOM_SA);
        assertThat(printing.ranges()).containsExactly(new NewMonths.MonthRange(month("2026-01"), month("2026-02")));
        assertThat(printing.months()).isEqualTo(2);
        // metal products (25): yoy_ca February only, mom_sa January and February: two rows, in measure order
        assertThat(april.stream().filter(m -> m.branch().equals("25")).map(m -> m.measures() + " " + m.months()))
                .containsExactly("[YOY_CA] 1", "[MOM_SA] 2");
        assertThat(april.stream().mapToInt(NewMonths::figures).sum()).isEqualTo(21);

        // the jnj csv of 2026-03-10 brought pharma's index_sa and yoy_ca for the same months after those the full
        // table of 2025-04-10 holds (up to February 2025); its earlier months were revisions, not new ones
        List<NewMonths> march = NewMonths.of(of("2026-03-10").added());
        NewMonths pharma = march.stream().filter(m -> m.branch().equals("21") && m.measures().contains(Measure.YOY_CA))
                .findFirst().orElseThrow();
        assertThat(pharma.measures()).containsExactly(Measure.INDEX_SA, Measure.YOY_CA);
        assertThat(pharma.ranges()).containsExactly(new NewMonths.MonthRange(month("2025-03"), month("2026-01")));
        assertThat(pharma.months()).isEqualTo(11);
        assertThat(pharma.figures()).isEqualTo(22);
        assertThat(march.stream().mapToInt(NewMonths::figures).sum()).isEqualTo(80);
    }

    @Test
    void rangesSplitAtGaps() {
        assertThat(NewMonths.ranges(List.of(month("2025-01"), month("2025-02"), month("2025-04"), month("2025-12"),
                month("2026-01")))).containsExactly(new NewMonths.MonthRange(month("2025-01"), month("2025-02")),
                new NewMonths.MonthRange(month("2025-04"), month("2025-04")),
                new NewMonths.MonthRange(month("2025-12"), month("2026-01")));
        assertThat(NewMonths.ranges(List.of())).isEmpty();
    }

    @Test
    void countsPerDateInOnePassAgreeWithEveryRelease() {
        Map<LocalDate, ReleaseChanges.Counts> perDate = ReleaseChanges.perDate(bundled);
        List<LocalDate> dates = bundled.releases().stream().map(ReleaseInfo::published).filter(d -> d != null)
                .distinct().toList();
        assertThat(perDate.keySet()).containsExactlyElementsOf(dates);
        for (LocalDate date : dates) {
            ReleaseChanges.Result full = of(date.toString());
            ReleaseChanges.Counts counts = perDate.get(date);
            assertThat(counts.added()).as("new on " + date).isEqualTo(full.added().size());
            assertThat(counts.revised()).as("revised on " + date).isEqualTo(full.revised().size());
            assertThat(counts.unchanged()).as("unchanged on " + date).isEqualTo(full.unchanged());
            assertThat(counts.largest()).as("largest on " + date)
                    .isEqualTo(full.revised().isEmpty() ? null : full.revised().get(0));
        }
        assertThat(perDate.get(LocalDate.parse("2026-06-10"))).isEqualTo(new ReleaseChanges.Counts(18, 1, 1,
                of("2026-06-10").revised().get(0)));
    }

    @Test
    void twoReleasesOfOneDateCountAsOnePublication() {
        RealFigures figures = RealFigures.create();
        long jan = figures.release("2026-01-09", "cbs.nl news en 2026/02 (Nov 2025 release)");
        long cbs = figures.release("2026-04-10", "cbs.nl news en 2026/15 (Feb 2026 release)");
        long te = figures.release("2026-04-10", "tradingeconomics stream item 2026-04-10 (Feb 2026 release)");
        // C 2025-11 yoy_ca: +0.7 first, -0.3 on 2026-04-10 (said by both sources); 2026-02 only by CBS
        figures.cell(jan, "C", "2025-11", Measure.YOY_CA, "0.7")
                .cell(cbs, "C", "2025-11", Measure.YOY_CA, "-0.3").cell(te, "C", "2025-11", Measure.YOY_CA, "-0.3")
                .cell(cbs, "C", "2026-02", Measure.YOY_CA, "-0.7");
        Snapshot snapshot = figures.build();
        ReleaseChanges.Result result = ReleaseChanges.of(snapshot, List.of(cbs, te));
        assertThat(result.revised()).hasSize(1);
        assertAmount("0.7", result.revised().get(0).before().amount());
        assertAmount("-1.0", result.revised().get(0).difference());
        assertThat(result.added()).extracting(a -> a.month().toString()).containsExactly("2026-02");
        assertThat(result.unchanged()).isZero();
        assertThat(ReleaseChanges.perDate(snapshot).get(LocalDate.parse("2026-04-10")))
                .isEqualTo(new ReleaseChanges.Counts(1, 1, 0, result.revised().get(0)));
        // one of them alone: the CBS release revised it, the later one only repeated it
        assertThat(ReleaseChanges.of(snapshot, List.of(te)).unchanged()).isEqualTo(1);
        assertThat(ReleaseChanges.of(snapshot, List.of()).figures()).isZero();
    }
}
