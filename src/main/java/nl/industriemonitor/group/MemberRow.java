package nl.industriemonitor.group;

import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.analysis.lagging.LaggingResults;
import nl.industriemonitor.analysis.lagging.Outcome;
import nl.industriemonitor.analysis.lagging.RuleResult;
import nl.industriemonitor.data.Figure;

/**
 * One branch in the group table: its latest year-on-year figure up to the page's month and latest
 * seasonally adjusted index (each with its own month, which may be earlier), the month-on-month
 * figure of the month itself, and its lagging flags. {@code linked} is false for a member without
 * any data, which has no branch page to link to; {@code reference} marks total industry.
 */
public record MemberRow(String code, String name, boolean linked, Figure yoy, YearMonth yoyMonth, Figure mom,
                        Figure index, YearMonth indexMonth, LaggingResults lagging, YearMonth month,
                        boolean reference) {

    public boolean yoyEarlier() {
        return yoyMonth != null && yoyMonth.isBefore(month);
    }

    public boolean indexEarlier() {
        return indexMonth != null && indexMonth.isBefore(month);
    }

    public List<RuleResult> flags() {
        return lagging.holding();
    }

    public List<RuleResult> withoutData() {
        return lagging.results().stream().filter(r -> r.outcome() == Outcome.NO_DATA).toList();
    }

    /** Nothing to show but "no data": the page says it once instead of per rule. */
    public boolean empty() {
        return yoy == null && mom == null && index == null && withoutData().size() == lagging.results().size();
    }
}
