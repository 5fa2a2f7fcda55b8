package nl.industriemonitor.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.analysis.summary.MonthSummary;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Lang;

/**
 * Everything the overview shows for one month as known at one date: the headline and release text
 * of total manufacturing, its charts, one row per branch of manufacturing ({@code rows}, as
 * {@code BranchLists.main} counts them) and one per other CBS group ({@code groupRows}: 10-12, 19-22, …),
 * the heat map and the energy-intensive block.
 */
public record OverviewPage(Lang lang, YearMonth month, LocalDate asOf, Headline headline, MonthSummary summary,
                           List<BranchRow> rows, List<BranchRow> groupRows, List<BranchRow> energyIntensive,
                           HeatMap heatMap,
                           ChartData totalChart, List<OverviewCharts.Point> totalPoints,
                           ChartData confidenceChart, List<OverviewCharts.Point> confidencePoints,
                           String otherLangHref) {

    /** Publication date of the release the headline comes from, for the link to what it changed; null when undated. */
    public LocalDate headlineRelease() {
        var figure = headline.yoy() != null ? headline.yoy() : headline.mom();
        return figure == null ? null : figure.release().published();
    }

    /** Query string that keeps {@code asof} on links to other pages. */
    public String asOfQuery() {
        return asOf == null ? "" : "&asof=" + asOf;
    }
}
