package nl.industriemonitor.sector;

import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.data.Figure;
import nl.industriemonitor.events.ChartEvent;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.web.ChartData;

/**
 * The branch's chosen measure against total manufacturing, as chart data and as the rows of the
 * table that repeats its numbers. {@code data} is null when the branch has no value in the range;
 * {@code withTotal} is false on the page of total manufacturing itself, named {@code totalName};
 * {@code alternatives} are the other measures the branch has figures of, offered when this one is empty;
 * {@code eventsShown} whether the link asked for the events ({@code events}: those the chart draws).
 */
public record SectorChart(Measure measure, YearMonth from, ChartData data, List<Row> rows, boolean withTotal,
                          String totalName, List<Measure> alternatives, boolean eventsShown, List<ChartEvent> events) {

    /** {@code &from=…} for links that keep the chart's period; empty for the default period. */
    public String fromQuery() {
        return from.equals(SectorService.DEFAULT_FROM) ? "" : "&from=" + from;
    }

    public boolean percent() {
        return SectorPage.percent(measure);
    }

    /**
     * One month of the chart: the branch's figure and total manufacturing's (either may be null), and for the table
     * the month's name and both figures printed (the words for "no data" where null), made once in Java.
     */
    public record Row(YearMonth month, Figure branch, Figure total, String label, String branchText, String totalText) {

        /** The classes of the branch's cell: marked as missing where it has no figure. */
        public String branchCss() {
            return branch == null ? "num branch missing" : "num branch";
        }

        /** The classes of total manufacturing's cell. */
        public String totalCss() {
            return total == null ? "num total missing" : "num total";
        }
    }
}
