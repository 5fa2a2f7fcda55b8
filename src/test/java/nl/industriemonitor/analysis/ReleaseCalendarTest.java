package nl.industriemonitor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.analysis.ReleaseCalendar.Publication;
import nl.industriemonitor.analysis.ReleaseCalendar.Status;

/**
 * The estimate of CBS's next publication against dates computed by hand, on the real publication dates of
 * 85806NED that the bundled data hold (news-releases.md): where CBS has published since, the estimate met it.
 */
class ReleaseCalendarTest {

    /** The bundled history: publication date and the newest month it held. */
    static final List<Publication> BUNDLED = List.of(p("2024-03-11", "2024-01"), p("2024-05-10", "2024-03"),
            p("2024-06-10", "2024-04"), p("2024-09-10", "2024-07"), p("2025-01-10", "2024-11"),
            p("2025-02-10", "2024-12"), p("2025-03-10", "2025-01"), p("2025-04-10", "2025-02"),
            p("2025-06-10", "2025-04"), p("2025-07-10", "2025-05"), p("2025-08-08", "2025-06"),
            p("2025-09-10", "2025-07"), p("2025-10-10", "2025-08"), p("2025-11-10", "2025-09"),
            p("2025-12-10", "2025-10"), p("2026-01-09", "2025-11"), p("2026-02-10", "2025-12"),
            p("2026-03-10", "2026-01"), p("2026-04-10", "2026-02"), p("2026-05-08", "2026-03"),
            p("2026-06-10", "2026-04"));

    @Test
    void theRuleIsTheTenthTwoMonthsLaterAndTheFridayBeforeAWeekend() {
        ReleaseCalendar.Rule rule = ReleaseCalendar.rule(BUNDLED).orElseThrow();
        // the last 12: 2025-07-10 … 2026-06-10; 8 August 2025, 9 January 2026 and 8 May 2026 were weekends moved earlier
        assertThat(rule).isEqualTo(new ReleaseCalendar.Rule(12, 10, 2, true));
    }

    @Test
    void onFiveDecember2026FiveReleasesAreProbablyMissing() {
        Status s = ReleaseCalendar.status(BUNDLED, LocalDate.of(2026, 12, 5)).orElseThrow();
        // due: Fri 10 Jul, Mon 10 Aug, Thu 10 Sep, Fri 9 Oct (the 10th a Saturday), Tue 10 Nov: all past by more than two days
        assertThat(s.newest()).isEqualTo(p("2026-06-10", "2026-04"));
        assertThat(s.following()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(s.missing()).isEqualTo(5);
        assertThat(s.next()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void inDecemberTheNextIsTheTenthAsCbsPublishedIt() {
        Status s = ReleaseCalendar.status(upTo("2025-11-10"), LocalDate.of(2025, 12, 5)).orElseThrow();
        assertThat(s.overdue()).isFalse();
        assertThat(s.next()).isEqualTo(LocalDate.of(2025, 12, 10)); // CBS published October 2025 on Wed 10 December
    }

    @Test
    void overTheTurnOfTheYearASaturdayTenthMovesToFriday() {
        Status s = ReleaseCalendar.status(upTo("2025-12-10"), LocalDate.of(2025, 12, 20)).orElseThrow();
        assertThat(s.overdue()).isFalse();
        // November 2025 in January 2026; the 10th a Saturday: Friday 9 January, as CBS did publish it
        assertThat(s.next()).isEqualTo(LocalDate.of(2026, 1, 9));
        Status january = ReleaseCalendar.status(upTo("2026-01-09"), LocalDate.of(2026, 1, 20)).orElseThrow();
        assertThat(january.next()).isEqualTo(LocalDate.of(2026, 2, 10)); // December 2025: Tuesday 10 February
    }

    @Test
    void aYearLaterTheCountRunsIntoTheNextYear() {
        Status s = ReleaseCalendar.status(BUNDLED, LocalDate.of(2027, 1, 15)).orElseThrow();
        // November 2026 due Fri 8 January 2027 (the 10th a Sunday), past by more than two days on the 15th
        assertThat(s.missing()).isEqualTo(7);
        assertThat(s.next()).isEqualTo(LocalDate.of(2027, 2, 10)); // December 2026: Wednesday 10 February 2027
    }

    @Test
    void aPublicationCountsAsMissingOnlyTwoDaysAfterItsDate() {
        assertThat(ReleaseCalendar.status(BUNDLED, LocalDate.of(2026, 7, 12)).orElseThrow().missing()).isZero();
        Status late = ReleaseCalendar.status(BUNDLED, LocalDate.of(2026, 7, 13)).orElseThrow();
        assertThat(late.missing()).isEqualTo(1);
        assertThat(late.next()).isEqualTo(LocalDate.of(2026, 8, 10));
    }

    @Test
    void aWeekendMovedLaterInTheHistoryIsFollowed() {
        // four publications on the 15th; in March 2026 the 15th was a Sunday and the publication came on Monday 16th
        List<Publication> history = List.of(p("2026-01-15", "2025-11"), p("2026-02-16", "2025-12"),
                p("2026-03-16", "2026-01"), p("2026-04-15", "2026-02"), p("2026-05-15", "2026-03"));
        ReleaseCalendar.Rule rule = ReleaseCalendar.rule(history).orElseThrow();
        assertThat(rule.weekendEarlier()).isFalse();
        assertThat(rule.usualDay()).isEqualTo(15);
        assertThat(rule.due(YearMonth.of(2026, 9))).isEqualTo(LocalDate.of(2026, 11, 16)); // the 15th a Sunday
    }

    @Test
    void tooShortAHistoryEstimatesNothing() {
        Status s = ReleaseCalendar.status(BUNDLED.subList(0, 2), LocalDate.of(2026, 12, 5)).orElseThrow();
        assertThat(s.rule()).isNull();
        assertThat(s.next()).isNull();
        assertThat(s.overdue()).isFalse();
        assertThat(ReleaseCalendar.status(List.of(), LocalDate.of(2026, 12, 5))).isEmpty();
    }

    private static List<Publication> upTo(String date) {
        return BUNDLED.stream().filter(p -> !p.date().isAfter(LocalDate.parse(date))).toList();
    }

    private static Publication p(String date, String month) {
        return new Publication(LocalDate.parse(date), YearMonth.parse(month));
    }
}
