package nl.industriemonitor.analysis;

import static nl.industriemonitor.analysis.RealFigures.assertAmount;
import static nl.industriemonitor.analysis.RealFigures.month;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.industriemonitor.analysis.summary.BundledData;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;

/**
 * The long-history statements on the real table of 2025-04-10 (20 years of every branch), and on small
 * series for the cases a gap makes.
 */
class LongHistoryTest {

    private static DataView april2025;

    @BeforeAll
    static void read() throws Exception {
        april2025 = BundledData.snapshot().asOf(LocalDate.of(2025, 4, 10));
    }

    @Test
    void chemicalsInDecember2024WereAtTheirLowestSinceMarch2009() {
        HistoryStanding s = LongHistory.of(april2025, "20", month("2024-12"));

        assertAmount("79.0", s.value().amount());
        assertThat(s.lowest()).isTrue();
        assertThat(s.sinceMonth()).isTrue();
        assertThat(s.since()).isEqualTo(month("2009-03"));
        assertAmount("77.7", s.sinceValue().amount());
        assertThat(s.value().release().published()).isEqualTo(LocalDate.of(2025, 4, 10));
        // 2021's twelve months average 99.94; 79.0 is 21.0 % below
        assertThat(s.average2021().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("99.94");
        assertThat(s.versus2021().setScale(1, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("-21.0");
    }

    @Test
    void pharmaInFebruary2025WasARecordSinceTheSeriesBegan() {
        HistoryStanding s = LongHistory.of(april2025, "21", month("2025-02"));

        assertAmount("170.6", s.value().amount());
        assertThat(s.highest()).isTrue();
        assertThat(s.record()).isTrue();
        assertThat(s.since()).isNull();
        assertThat(s.judgedFrom()).isEqualTo(month("2005-01"));
    }

    @Test
    void aGapLimitsHowFarBackTheStatementJudges() {
        // beverages: no seasonally adjusted index for 2024-01; February 2025 tops every month since
        HistoryStanding s = LongHistory.of(april2025, "11", month("2025-02"));

        assertThat(s.highest()).isTrue();
        assertThat(s.sinceGap()).isTrue();
        assertThat(s.record()).isFalse();
        assertThat(s.judgedFrom()).isEqualTo(month("2024-02"));
    }

    @Test
    void tooFewMonthsAfterAGapSayNothingOfHighOrLow() {
        // beverages: 2017 has no seasonally adjusted index; 2018-05 follows only four months of figures
        HistoryStanding s = LongHistory.of(april2025, "11", month("2018-05"));

        assertAmount("115.1", s.value().amount());
        assertThat(s.tooShort()).isTrue();
        assertThat(s.extreme()).isEqualTo(HistoryStanding.Extreme.NONE);
        assertThat(s.judgedFrom()).isEqualTo(month("2018-01"));
    }

    @Test
    void totalIndustryInFebruary2025WasAtItsHighestSinceDecember2023() {
        HistoryStanding s = LongHistory.of(april2025, "C", month("2025-02"));

        assertAmount("105.0", s.value().amount());
        assertThat(s.highest()).isTrue();
        assertThat(s.since()).isEqualTo(month("2023-12"));
        assertThat(s.versus2021().setScale(1, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("5.3");
    }

    @Test
    void anOrdinaryMonthIsNeitherLowestNorHighest() {
        // chemicals, February 2025: 81.9, above January, below November 2024
        HistoryStanding s = LongHistory.of(april2025, "20", month("2025-02"));

        assertThat(s.extreme()).isEqualTo(HistoryStanding.Extreme.NONE);
        assertThat(s.tooShort()).isFalse();
        assertThat(s.versus2021().setScale(1, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("-18.1");
    }

    @Test
    void aMonthWithoutIndexSaysNothing() {
        // basic metals' figures in the table stop in November 2009
        HistoryStanding s = LongHistory.of(april2025, "24", month("2025-02"));

        assertThat(s.hasValue()).isFalse();
        assertThat(s.extreme()).isEqualTo(HistoryStanding.Extreme.NONE);
        assertThat(s.tooShort()).isFalse();
    }

    @Test
    void usesTheLatestValueOfEachMonthAsPublishedByTheViewsDate() {
        RealFigures f = RealFigures.create();
        long first = f.release("2025-01-10", "first");
        long second = f.release("2025-02-10", "second");
        f.series(first, "20", Measure.INDEX_SA, "2023-01", "90", "91", "92", "93", "94", "95", "96", "97", "98",
                "99", "100", "101", "102", "89");
        // the second release revises 2023-01 down to 88: 89 is then no longer the lowest since the start
        f.cell(second, "20", "2023-01", Measure.INDEX_SA, "88");
        Snapshot snapshot = f.build();

        HistoryStanding before = LongHistory.of(snapshot.asOf(LocalDate.of(2025, 1, 31)), "20", month("2024-02"));
        HistoryStanding after = LongHistory.of(snapshot.latest(), "20", month("2024-02"));

        assertThat(before.record()).isTrue();
        assertThat(after.lowest()).isTrue();
        assertThat(after.since()).isEqualTo(month("2023-01"));
        assertThat(after.sinceValue().release().source()).isEqualTo("second");
        assertThat(after.average2021()).isNull();
        assertThat(after.versus2021()).isNull();
    }

    @Test
    void aLowerMonthWithinTheYearMeansNoStatement() {
        RealFigures f = RealFigures.create();
        long r = f.release("2025-01-10", "r");
        f.series(r, "20", Measure.INDEX_SA, "2023-01", "90", "91", "92", "93", "94", "95", "96", "97", "98",
                "99", "100", "80", "102", "85");
        HistoryStanding s = LongHistory.of(f.build().latest(), "20", month("2024-02"));

        assertThat(s.extreme()).isEqualTo(HistoryStanding.Extreme.NONE);
        assertThat(s.tooShort()).isFalse();
    }
}
