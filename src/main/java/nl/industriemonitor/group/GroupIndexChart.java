package nl.industriemonitor.group;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Formats;

/**
 * The members' seasonally adjusted indices from a chosen month (2021 unless the link says otherwise)
 * beside total industry (dashed), and the same numbers as table rows. Members without any index in the
 * period are named instead of drawn, so the legend lists only lines that exist.
 */
record GroupIndexChart(ChartData chart, List<String> columns, List<GroupPage.ChartRow> rows, List<String> withoutIndex) {

    /** The default start: the base year of table 85806NED, and the year before the energy crisis. */
    static final YearMonth START = YearMonth.of(2021, 1);

    static GroupIndexChart of(DataView view, YearMonth month, YearMonth from, List<MemberRow> members,
                              MemberRow total, GroupMessages msg, Locale locale) {
        List<MemberRow> drawn = new ArrayList<>();
        List<String> withoutIndex = new ArrayList<>();
        YearMonth end = null;
        for (MemberRow m : members) {
            YearMonth last = lastIndex(view, m.code(), month, from);
            if (last == null) {
                withoutIndex.add(m.code());
            } else {
                drawn.add(m);
                end = end == null || last.isAfter(end) ? last : end;
            }
        }
        YearMonth totalLast = lastIndex(view, total.code(), month, from);
        end = totalLast != null && (end == null || totalLast.isAfter(end)) ? totalLast : end;
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; end != null && !m.isAfter(end); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<ChartData.Series> series = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<List<BigDecimal>> byColumn = new ArrayList<>();
        for (MemberRow m : drawn) {
            List<BigDecimal> values = values(view, m.code(), months);
            series.add(ChartData.Series.line(label(m), values));
            columns.add(label(m));
            byColumn.add(values);
        }
        List<BigDecimal> totalValues = values(view, total.code(), months);
        series.add(ChartData.Series.reference(total.name(), totalValues));
        columns.add(total.name());
        byColumn.add(totalValues);
        List<GroupPage.ChartRow> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            int at = i;
            rows.add(new GroupPage.ChartRow(months.get(i), byColumn.stream().map(v -> v.get(at)).toList()));
        }
        ChartData chart = new ChartData("group-index", months.stream().map(YearMonth::toString).toList(), series,
                msg.col_index(), null, msg.chart_alt(Formats.label(from, locale)));
        return new GroupIndexChart(chart, columns, rows, withoutIndex);
    }

    private static String label(MemberRow m) {
        return m.name() + " (" + m.code() + ")";
    }

    private static YearMonth lastIndex(DataView view, String code, YearMonth month, YearMonth from) {
        return view.latestMonth(code, Measure.INDEX_SA, month).filter(m -> !m.isBefore(from)).orElse(null);
    }

    /** Published values only; a month without one stays null, a gap in the line and "no data" in the table. */
    private static List<BigDecimal> values(DataView view, String code, List<YearMonth> months) {
        return months.stream().map(m -> view.figure(code, m, Measure.INDEX_SA).map(Figure::amount).orElse(null))
                .toList();
    }
}
