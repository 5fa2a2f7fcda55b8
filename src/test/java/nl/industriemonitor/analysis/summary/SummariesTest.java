package nl.industriemonitor.analysis.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.Snapshot;

/** The release text's facts, checked against what CBS itself wrote in its releases (news-releases.md). */
class SummariesTest {

    private static Snapshot snapshot;

    @BeforeAll
    static void load() throws Exception {
        snapshot = BundledData.snapshot();
    }

    @Test
    void november2025AsFirstReleasedMatchesTheCbsText() {
        MonthSummary s = Summaries.of(snapshot.asOf(LocalDate.parse("2026-01-09")), YearMonth.of(2025, 11));
        assertThat(s.yoy().amount()).isEqualByComparingTo("0.7");
        assertThat(s.mom().amount()).isEqualByComparingTo("-0.5");
        // CBS: "repair & installation +6.3 largest rise; metal products -2.1 largest fall"
        assertThat(s.largestRise().code()).isEqualTo("33");
        assertThat(s.largestRise().yoy().amount()).isEqualByComparingTo("6.3");
        assertThat(s.largestFall().code()).isEqualTo("25");
        assertThat(s.largestFall().yoy().amount()).isEqualByComparingTo("-2.1");
        assertThat(s.branchesWithData()).isEqualTo(8);
        // chemicals is the only energy-intensive branch in CBS's sector chart
        assertThat(s.energyIntensive()).extracting(MonthSummary.BranchChange::code).containsExactly("20");
        // CBS: "Oct revised to +2.1" (first published +1.9 on 10 December 2025)
        assertThat(s.previousMonth().month()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(s.previousMonth().before().amount()).isEqualByComparingTo("1.9");
        assertThat(s.previousMonth().after().amount()).isEqualByComparingTo("2.1");
    }

    @Test
    void december2025ReleaseRevisedNovemberDown() {
        MonthSummary s = Summaries.of(snapshot.asOf(LocalDate.parse("2026-02-10")), YearMonth.of(2025, 12));
        assertThat(s.yoy().amount()).isEqualByComparingTo("1.3");
        // CBS: machinery +11.3 largest rise, chemical -3.1 largest fall; Nov revised +0.4
        assertThat(s.largestRise().code()).isEqualTo("28");
        assertThat(s.largestFall().code()).isEqualTo("20");
        assertThat(s.previousMonth().before().amount()).isEqualByComparingTo("0.7");
        assertThat(s.previousMonth().after().amount()).isEqualByComparingTo("0.4");
    }

    @Test
    void aMonthWithoutBranchFiguresNamesNoExtremes() {
        MonthSummary s = Summaries.of(snapshot.latest(), YearMonth.of(2026, 4));
        assertThat(s.yoy().amount()).isEqualByComparingTo("4.7");
        assertThat(s.hasExtremes()).isFalse();
        assertThat(s.energyIntensive()).isEmpty();
    }

    @Test
    void julyWasRevisedWithTheAugustRelease() {
        MonthSummary s = Summaries.of(snapshot.asOf(LocalDate.parse("2025-10-10")), YearMonth.of(2025, 8));
        assertThat(s.yoy().amount()).isEqualByComparingTo("0.0");
        // July 2025: -1.1 (10 Sep) then -0.8 (10 Oct, the August release) — a revision CBS reported as well
        assertThat(s.previousMonth().before().amount()).isEqualByComparingTo("-1.1");
        assertThat(s.previousMonth().after().amount()).isEqualByComparingTo("-0.8");
    }

    @Test
    void noRevisionIsReportedWhenThePreviousMonthDidNotChange() {
        // August 2025 stood at 0 before and with the September release of 10 November 2025
        MonthSummary s = Summaries.of(snapshot.asOf(LocalDate.parse("2025-11-10")), YearMonth.of(2025, 9));
        assertThat(s.yoy().amount()).isEqualByComparingTo("2.1");
        assertThat(s.previousMonth()).isNull();
    }
}
