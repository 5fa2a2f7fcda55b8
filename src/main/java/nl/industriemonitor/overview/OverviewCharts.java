package nl.industriemonitor.overview;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Messages;

/** The two charts of the overview and the rows of their tables, from one view of the data. */
final class OverviewCharts {

    /** First month of the seasonally adjusted series charted; the base year of the index. */
    static final YearMonth CHART_START = YearMonth.of(2021, 1);

    /** One month of a chart's table; either value may be null (not published). */
    record Point(YearMonth month, Figure first, Figure second) {
    }

    private OverviewCharts() {
    }

    static List<Point> totalPoints(DataView view, YearMonth last) {
        return points(view, CHART_START, last, Measure.INDEX_SA, Measure.YOY_CA);
    }

    static ChartData totalChart(List<Point> points, Messages msg) {
        return new ChartData("chart-total", labels(points), List.of(
                ChartData.Series.line(msg.chart_index_sa(), values(points, true)),
                ChartData.Series.bars(msg.chart_yoy(), "y2", values(points, false))),
                msg.chart_index_axis(), msg.chart_pct_axis(), msg.chart_total_alt());
    }

    /** Producer confidence from its first published month (August 2021 in the bundled data). */
    static List<Point> confidencePoints(DataView view, YearMonth last) {
        YearMonth first = CHART_START;
        while (first.isBefore(last) && view.figure(BranchInfo.TOTAL, first, Measure.PRODUCER_CONFIDENCE).isEmpty()) {
            first = first.plusMonths(1);
        }
        return points(view, first, last, Measure.PRODUCER_CONFIDENCE, null);
    }

    static ChartData confidenceChart(List<Point> points, Messages msg) {
        return new ChartData("chart-confidence", labels(points),
                List.of(ChartData.Series.line(msg.chart_confidence(), values(points, true))),
                msg.chart_balance_axis(), null, msg.chart_confidence_alt());
    }

    private static List<Point> points(DataView view, YearMonth from, YearMonth to, Measure first, Measure second) {
        List<Point> points = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            points.add(new Point(m, view.figure(BranchInfo.TOTAL, m, first).orElse(null),
                    second == null ? null : view.figure(BranchInfo.TOTAL, m, second).orElse(null)));
        }
        return points;
    }

    private static List<String> labels(List<Point> points) {
        return points.stream().map(p -> p.month().toString()).toList();
    }

    private static List<BigDecimal> values(List<Point> points, boolean first) {
        return points.stream().map(p -> first ? p.first() : p.second()).map(f -> f == null ? null : f.amount()).toList();
    }
}
