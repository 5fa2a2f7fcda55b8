package nl.industriemonitor.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.web.Lang;

/**
 * CBS publishes the whole table every month: a figure a later release repeats unchanged is one published value,
 * not a revision, so the branch page lists only the figures whose value changed (also when it changed back).
 */
class RepublishedFiguresTest {

    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth FEB = YearMonth.of(2024, 2);
    private static final YearMonth MAR = YearMonth.of(2024, 3);

    private static ReleaseInfo release(long id, String published) {
        return new ReleaseInfo(id, Dataset.PRODUCTION, LocalDate.parse(published), true, "CBS " + published,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void onlyFiguresWhoseValueChangedAreListed() {
        Measure m = SectorPage.TABLE_MEASURES.get(0);
        Snapshot.Builder b = Snapshot.builder(3).branch(new BranchInfo("20", "Chemie", "Chemicals", "C", true, 20))
                .release(release(1, "2024-04-10")).release(release(2, "2024-05-10")).release(release(3, "2024-06-10"));
        for (long r = 1; r <= 3; r++) {
            b.observation(r, "20", JAN, m, new BigDecimal("95.0"), false);          // repeated unchanged
            b.observation(r, "20", FEB, m, new BigDecimal(r == 3 ? "97.1" : "96.4"), r < 3); // revised
            b.observation(r, "20", MAR, m, new BigDecimal(r == 2 ? "99.9" : "98.0"), true);  // revised and back
        }
        Snapshot s = b.build();

        List<SectorPage.Revision> revisions = new SectorHistory(s, s.latest(), null, "20").revisions(Lang.NL, JAN).shown();
        assertThat(revisions).extracting(SectorPage.Revision::month).containsExactly(MAR, FEB);
        assertThat(revisions.get(1).difference()).isEqualByComparingTo("0.7");

        // as published before the revision of February: nothing revised yet but March
        LocalDate may = LocalDate.parse("2024-05-31");
        assertThat(new SectorHistory(s, s.asOf(may), may, "20").revisions(Lang.NL, JAN).shown())
                .extracting(SectorPage.Revision::month).containsExactly(MAR);
    }

    @Test
    void theTableListsTheNewestTwelveMonthsWithARevisionAndCountsTheOlderOnes() {
        // two releases; the second revises index and SA index of 15 months, and repeats a 16th unchanged
        Snapshot.Builder b = Snapshot.builder(2).branch(new BranchInfo("20", "Chemie", "Chemicals", "C", true, 20))
                .release(release(1, "2024-04-10")).release(release(2, "2024-05-10"));
        YearMonth first = YearMonth.of(2022, 12);
        for (long r = 1; r <= 2; r++) {
            for (int i = 0; i < 16; i++) {
                BigDecimal amount = new BigDecimal(r == 2 && i > 0 ? "101.0" : "100.0");
                b.observation(r, "20", first.plusMonths(i), Measure.INDEX, amount, false);
                b.observation(r, "20", first.plusMonths(i), Measure.INDEX_SA, amount, false);
            }
        }
        Snapshot s = b.build();

        SectorHistory.Revisions revisions = new SectorHistory(s, s.latest(), null, "20").revisions(Lang.NL, first);

        YearMonth newest = first.plusMonths(15);
        assertThat(revisions.shown()).hasSize(2 * SectorPage.REVISED_MONTHS_SHOWN);
        assertThat(revisions.shown().get(0).month()).isEqualTo(newest);
        assertThat(revisions.shown().get(revisions.shown().size() - 1).month()).isEqualTo(newest.minusMonths(11));
        // 2023-01 .. 2023-03 revised as well, 2022-12 repeated unchanged: six figures left out, and said so
        assertThat(revisions.older()).isEqualTo(new SectorPage.OlderRevisions(6, YearMonth.of(2023, 1),
                YearMonth.of(2023, 3), "/nl/revisions?sector=20&month=2023-03&measure=index"));
        // a period that starts later lists everything it holds and leaves nothing out
        assertThat(new SectorHistory(s, s.latest(), null, "20").revisions(Lang.NL, newest.minusMonths(5)).older())
                .isNull();
    }
}
