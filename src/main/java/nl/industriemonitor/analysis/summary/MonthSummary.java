package nl.industriemonitor.analysis.summary;

import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.analysis.HistoryStanding;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Figure;

/**
 * The facts a CBS-style release text is written from, for one month as known in one view: the
 * total's two headline changes, the branches that rose and fell most, the energy-intensive
 * branches' position, how the previous month's total was revised, and what the long history says of
 * the total and of the branches at their lowest or highest in at least a year. Any part may be absent.
 */
public record MonthSummary(YearMonth month, Figure yoy, Figure mom, BranchChange largestRise,
                           BranchChange largestFall, int branchesWithData, List<BranchChange> energyIntensive,
                           Revision previousMonth, HistoryStanding totalHistory, List<Standing> lows,
                           List<Standing> highs) {

    /** A branch with where its index stands in its own history. */
    public record Standing(BranchInfo branch, HistoryStanding history) {
    }

    /** A branch and its published year-on-year change. */
    public record BranchChange(BranchInfo branch, Figure yoy) {
        public String code() {
            return branch.code();
        }
    }

    /** The total's year-on-year change of the month before, as published before and with this month's release. */
    public record Revision(YearMonth month, Figure before, Figure after) {
    }

    public MonthSummary {
        energyIntensive = List.copyOf(energyIntensive);
        lows = List.copyOf(lows);
        highs = List.copyOf(highs);
    }

    /** Rise and fall are named only when at least two branches have a figure, and they differ. */
    public boolean hasExtremes() {
        return largestRise != null && largestFall != null && !largestRise.code().equals(largestFall.code());
    }
}
