package nl.industriemonitor.overview;

import java.math.BigDecimal;
import java.util.List;

import nl.industriemonitor.analysis.lagging.LaggingResults;
import nl.industriemonitor.analysis.lagging.RuleResult;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Figure;

/** One branch in the overview table: its year-on-year figure, gap to total and lagging flags. */
public record BranchRow(BranchInfo branch, Figure yoy, BigDecimal gap, LaggingResults lagging) {

    public List<RuleResult> flags() {
        return lagging.holding();
    }

    public List<RuleResult> withoutData() {
        return lagging.results().stream().filter(r -> r.outcome()
                == nl.industriemonitor.analysis.lagging.Outcome.NO_DATA).toList();
    }
}
