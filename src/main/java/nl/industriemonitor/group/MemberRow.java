package nl.industriemonitor.group;

import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.analysis.HistoryStanding;
import nl.industriemonitor.analysis.lagging.LaggingResults;
import nl.industriemonitor.analysis.lagging.Outcome;
import nl.industriemonitor.analysis.lagging.RuleResult;
import nl.industriemonitor.data.Figure;

/**
 * One branch in the group table: its latest year-on-year figure up to the page's month and latest
 * seasonally adjusted index (each with its own month, which may be up to a year earlier), the
 * month-on-month figure of the month itself, its lagging flags, and where its index of the month
 * stands in its own history. {@code linked} is false for a member without any data, which has no
 * branch page to link to; {@code reference} marks total industry. Without a year-on-year figure of
 * the last year, {@code lastYoy} is the latest there is at all (null: none), so the page can say why.
 */
public record MemberRow(String code, String name, boolean linked, Figure yoy, YearMonth yoyMonth, Figure mom,
                        Figure index, YearMonth indexMonth, LaggingResults lagging, YearMonth month,
                        boolean reference, HistoryStanding history, Figure lastYoy, YearMonth lastYoyMonth) {

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
