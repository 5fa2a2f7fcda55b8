package nl.industriemonitor.europe;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import nl.industriemonitor.data.EuropeData;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;

/** Builds an {@link EuropePanel} from Eurostat's figures as known at one moment; a missing figure stays missing. */
public final class EuropeTables {

    private EuropeTables() {
    }

    public static EuropeMessages messages(Lang lang) {
        return MessageBundles.get(EuropeMessages.class, Localized.Literal.of(lang.code));
    }

    /** The panel of {@code geos} (already in {@link Countries#ORDER}) from {@code from} to {@code to}. */
    public static EuropePanel panel(Lang lang, EuropeData.View view, String nace, String branchName, List<String> geos,
                                    YearMonth from, YearMonth to) {
        EuropeMessages msg = messages(lang);
        List<EuropePanel.Column> columns = geos.stream()
                .map(g -> new EuropePanel.Column(g, Countries.label(g, lang.locale, msg))).toList();
        List<String> labels = new ArrayList<>();
        List<EuropePanel.Row> rows = new ArrayList<>();
        List<List<BigDecimal>> values = new ArrayList<>();
        geos.forEach(g -> values.add(new ArrayList<>()));
        List<ReleaseInfo> releases = new ArrayList<>();
        boolean anyProvisional = false;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            labels.add(m.toString());
            List<EuropePanel.Cell> cells = new ArrayList<>(geos.size());
            for (int i = 0; i < geos.size(); i++) {
                Optional<EuropeData.Figure> figure = view.figure(nace, geos.get(i), m);
                values.get(i).add(figure.map(EuropeData.Figure::amount).orElse(null));
                boolean provisional = figure.map(EuropeData.Figure::provisional).orElse(false);
                anyProvisional |= provisional;
                figure.map(EuropeData.Figure::release).filter(r -> !releases.contains(r)).ifPresent(releases::add);
                cells.add(new EuropePanel.Cell(geos.get(i), columns.get(i).label(),
                        figure.map(f -> Formats.num(f.amount(), lang.locale)).orElse(null), provisional));
            }
            rows.add(new EuropePanel.Row(m, List.copyOf(cells)));
        }
        List<ChartData.Series> series = new ArrayList<>();
        for (int i = 0; i < geos.size(); i++) {
            // colours and dash patterns by position (charts.js): no line depends on colour alone
            series.add(ChartData.Series.line(columns.get(i).label(), values.get(i)));
        }
        String countries = columns.stream().map(EuropePanel.Column::label).collect(Collectors.joining(", "));
        String fromLabel = Formats.label(from, lang.locale);
        String toLabel = Formats.label(to, lang.locale);
        ChartData chart = new ChartData("europe-chart", labels, series, msg.y_index(), null,
                msg.chart_alt(branchName, countries, fromLabel, toLabel));
        releases.sort(Snapshot.RELEASE_ORDER);
        List<EuropePanel.Option> options = view.geos(nace).stream().sorted(Countries.ORDER)
                .map(g -> new EuropePanel.Option(g, Countries.label(g, lang.locale, msg), geos.contains(g))).toList();
        return new EuropePanel(lang, nace, branchName, from, to, columns, rows, chart, releases, options, anyProvisional);
    }

    /** The figures of each column as numbers, in month order (null where missing): the view's downloads. */
    public static List<List<Object>> rows(EuropeData.View view, EuropePanel panel) {
        List<List<Object>> rows = new ArrayList<>();
        for (EuropePanel.Row row : panel.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.month());
            for (EuropePanel.Column c : panel.columns()) {
                cells.add(view.figure(panel.nace(), c.geo(), row.month()).map(EuropeData.Figure::amount).orElse(null));
            }
            rows.add(cells);
        }
        return rows;
    }
}
