package nl.industriemonitor.overview;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.analysis.HistoryStanding;
import nl.industriemonitor.analysis.lagging.LaggingResults;
import nl.industriemonitor.analysis.lagging.Outcome;
import nl.industriemonitor.analysis.lagging.RuleResult;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Figure;

/**
 * One branch in the overview table: its latest year-on-year figure up to the page's month (with
 * that figure's month, which may be up to a year earlier), its month-on-month figure, gap to total,
 * flags, and where its index of the page's month stands in its own history.
 */
public record BranchRow(BranchInfo branch, Figure yoy, YearMonth yoyMonth, boolean yoyEarlier, Figure mom,
                        BigDecimal gap, LaggingResults lagging, HistoryStanding history) {

    public List<RuleResult> flags() {
        return lagging.holding();
    }

    public List<RuleResult> withoutData() {
        return lagging.results().stream().filter(r -> r.outcome() == Outcome.NO_DATA).toList();
    }

    /** Nothing to show but "no data": say it once instead of per rule. */
    public boolean empty() {
        return yoy == null && mom == null && withoutData().size() == lagging.results().size();
    }
}
