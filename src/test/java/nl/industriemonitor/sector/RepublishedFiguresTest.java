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

        List<SectorPage.Revision> revisions = new SectorHistory(s, s.latest(), null, "20").revisions(Lang.NL, JAN);
        assertThat(revisions).extracting(SectorPage.Revision::month).containsExactly(MAR, FEB);
        assertThat(revisions.get(1).difference()).isEqualByComparingTo("0.7");

        // as published before the revision of February: nothing revised yet but March
        LocalDate may = LocalDate.parse("2024-05-31");
        assertThat(new SectorHistory(s, s.asOf(may), may, "20").revisions(Lang.NL, JAN))
                .extracting(SectorPage.Revision::month).containsExactly(MAR);
    }
}
