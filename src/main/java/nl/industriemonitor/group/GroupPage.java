package nl.industriemonitor.group;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import nl.industriemonitor.analysis.BranchGroup;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.events.ChartEvent;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Lang;

/**
 * Everything the page of one branch group shows for one month as known at one date: its definition,
 * the members beside total industry, their indices from {@code from} and, only when every member has a
 * figure, the unweighted mean we calculate ourselves; {@code events} are those its chart draws (none when the
 * link hid them: {@code eventsShown}).
 */
public record GroupPage(Lang lang, BranchGroup group, Text text, YearMonth month, YearMonth from, LocalDate asOf,
                        List<MemberRow> members, MemberRow total, BigDecimal mean, List<Named> meanMissing,
                        Figure totalYoy, ChartData chart, List<String> chartColumns, List<ChartRow> chartRows,
                        List<Named> withoutIndex, List<Link> otherGroups, String otherLangHref, boolean eventsShown,
                        List<ChartEvent> events) {

    /** The group's name, definition and the name of the source of that definition, in the page language. */
    public record Text(String name, String definition, String source) {
    }

    /** A branch by code and name, for sentences that list branches. */
    public record Named(String code, String name) {
    }

    /** One month of the chart's table; a null value is a month without a published index. */
    public record ChartRow(YearMonth month, List<BigDecimal> values) {
    }

    public record Link(String href, String label) {
    }

    /** The chart's start unless the link says otherwise. */
    public YearMonth defaultFrom() {
        return GroupIndexChart.START;
    }

    /** Members without a year-on-year figure of the last year, for the sentence that says why. */
    public List<MemberRow> withoutYoy() {
        return members.stream().filter(m -> m.yoy() == null).toList();
    }

    /** The table rows: the members, then total industry as the reference. */
    public List<MemberRow> rows() {
        return Stream.concat(members.stream(), Stream.of(total)).toList();
    }
}
