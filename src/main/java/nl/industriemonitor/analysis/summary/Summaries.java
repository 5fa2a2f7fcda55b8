package nl.industriemonitor.analysis.summary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.industriemonitor.analysis.BranchGroup;
import nl.industriemonitor.analysis.BranchLists;
import nl.industriemonitor.analysis.Changes;
import nl.industriemonitor.analysis.HistoryStanding;
import nl.industriemonitor.analysis.LongHistory;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;

/** Finds the facts of a {@link MonthSummary} the way a CBS monthly release reports them. */
public final class Summaries {

    private Summaries() {
    }

    public static MonthSummary of(DataView view, YearMonth month) {
        Figure yoy = Changes.yearOnYear(view, BranchInfo.TOTAL, month).orElse(null);
        Figure mom = Changes.monthOnMonth(view, BranchInfo.TOTAL, month).orElse(null);
        List<MonthSummary.BranchChange> branches = new ArrayList<>();
        List<MonthSummary.Standing> lows = new ArrayList<>();
        List<MonthSummary.Standing> highs = new ArrayList<>();
        // manufacturing's branches, each part once: not the total, nor mining (06), nor CBS's overlapping groups
        for (BranchInfo b : BranchLists.main(view, month)) {
            Changes.yearOnYear(view, b.code(), month).ifPresent(f -> branches.add(new MonthSummary.BranchChange(b, f)));
            HistoryStanding history = LongHistory.of(view, b.code(), month);
            if (history.lowest()) {
                lows.add(new MonthSummary.Standing(b, history));
            } else if (history.highest()) {
                highs.add(new MonthSummary.Standing(b, history));
            }
        }
        Comparator<MonthSummary.BranchChange> byChange = Comparator.comparing(c -> c.yoy().amount());
        MonthSummary.BranchChange rise = branches.size() < 2 ? null : branches.stream().max(byChange).orElseThrow();
        MonthSummary.BranchChange fall = branches.size() < 2 ? null : branches.stream().min(byChange).orElseThrow();
        List<MonthSummary.BranchChange> energy = branches.stream()
                .filter(c -> BranchGroup.ENERGY_INTENSIVE.contains(c.code())).sorted(byChange).toList();
        return new MonthSummary(month, yoy, mom, rise, fall, branches.size(), energy,
                yoy == null ? null : previousMonthRevision(view, yoy, month),
                LongHistory.of(view, BranchInfo.TOTAL, month), lows, highs);
    }

    /**
     * The previous month's total as it stood with this month's release against its value just
     * before that release: CBS reports such a revision in the same release text.
     */
    private static MonthSummary.Revision previousMonthRevision(DataView view, Figure yoy, YearMonth month) {
        LocalDate released = yoy.release().published();
        if (released == null) {
            return null;
        }
        YearMonth previous = month.minusMonths(1);
        Optional<Figure> after = view.figure(BranchInfo.TOTAL, previous, Measure.YOY_CA, released);
        Optional<Figure> before = view.figure(BranchInfo.TOTAL, previous, Measure.YOY_CA, released.minusDays(1));
        if (after.isEmpty() || before.isEmpty() || after.get().amount().compareTo(before.get().amount()) == 0) {
            return null;
        }
        return new MonthSummary.Revision(previous, before.get(), after.get());
    }
}
