package nl.industriemonitor.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.events.ChartEvent;
import nl.industriemonitor.events.EventList;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;

/** Builds the comparison of several branches from the current snapshot, as known on an optional date. */
@ApplicationScoped
public class CompareService {

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    @Inject
    CompareParameters parameters;

    public ComparePage page(Lang lang, List<String> sectors, String measure, String from, String to, String rebase,
                            String asOfParam, boolean events, String otherLangHref) {
        LocalDate asOf = links.date(lang, asOfParam);
        Snapshot snapshot = snapshots.current();
        if (asOf != null && snapshot.releases().stream().noneMatch(r -> r.visibleAsOf(asOf))) {
            throw links.nothingPublished(lang, asOf);
        }
        DataView view = snapshot.asOf(asOf);
        CompareQuery query = parameters.read(lang, view, sectors, measure, from, to, rebase, asOf);
        CompareMessages msg = CompareParameters.messages(lang);
        List<BranchColumn> columns = new ArrayList<>();
        List<BranchInfo> notRebased = new ArrayList<>();
        for (BranchInfo branch : query.branches()) {
            if (query.rebased()) {
                BranchColumn.rebased(view, branch, query).ifPresentOrElse(columns::add, () -> notRebased.add(branch));
            } else {
                columns.add(BranchColumn.published(view, branch, query));
            }
        }
        String measureLabel = measureLabel(msg, query.measure());
        ChartData chart = chart(lang, msg, query, measureLabel, columns);
        List<ChartEvent> shown = events && !columns.isEmpty()
                ? EventList.forChart(query.branches().stream().map(BranchInfo::code).toList(), chart.labels()) : List.of();
        return new ComparePage(lang, query, measureLabel, columns, notRebased, rows(lang, query, columns),
                chart.withEvents(EventList.marks(lang, shown, chart.labels())), branchOptions(view, query),
                CompareParameters.MEASURES.stream().map(m -> new ComparePage.MeasureOption(m.code,
                        measureLabel(msg, m), m == query.measure())).toList(),
                latest(view, query).orElse(null), unrebasedHref(lang, query, events), otherLangHref, events, shown);
    }

    private static List<ComparePage.MonthRow> rows(Lang lang, CompareQuery query, List<BranchColumn> columns) {
        List<ComparePage.MonthRow> rows = new ArrayList<>();
        if (columns.isEmpty()) {
            return rows;
        }
        List<String> labels = columns.stream().map(c -> c.branch().name(lang.code)).toList();
        for (int i = 0; i < columns.get(0).cells().size(); i++) {
            List<ComparePage.TableCell> cells = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                BranchColumn.Cell cell = columns.get(c).cells().get(i);
                cells.add(new ComparePage.TableCell(cell.branch().code(), labels.get(c),
                        cell.missing() ? null : shown(query, cell.value(), lang)));
            }
            rows.add(new ComparePage.MonthRow(columns.get(0).cells().get(i).month(), List.copyOf(cells)));
        }
        return rows;
    }

    /** Rebased values are our own calculation (one decimal); published ones as CBS prints them. */
    private static String shown(CompareQuery query, BigDecimal value, Lang lang) {
        if (query.rebased()) {
            return Formats.num1(value, lang.locale);
        }
        return query.index() ? Formats.num(value, lang.locale) : Formats.pct(value, lang.locale);
    }

    private static ChartData chart(Lang lang, CompareMessages msg, CompareQuery query, String measureLabel,
                                   List<BranchColumn> columns) {
        List<String> labels = new ArrayList<>();
        for (YearMonth m = query.from(); !m.isAfter(query.to()); m = m.plusMonths(1)) {
            labels.add(m.toString());
        }
        // lines for the changes too: with up to eight branches over many months, grouped bars become unreadable
        List<ChartData.Series> series = columns.stream().map(c -> BranchInfo.TOTAL.equals(c.branch().code())
                ? ChartData.Series.reference(c.label(lang.code), c.shownValues(query.rebased()))
                : ChartData.Series.line(c.label(lang.code), c.shownValues(query.rebased()))).toList();
        String yTitle = query.rebased() ? msg.y_rebased(Formats.label(query.rebase(), lang.locale))
                : query.index() ? msg.y_index() : msg.y_change();
        String names = columns.stream().map(c -> c.label(lang.code)).collect(Collectors.joining(", "));
        String alt = msg.chart_alt(measureLabel, names, Formats.label(query.from(), lang.locale),
                Formats.label(query.to(), lang.locale));
        return new ChartData("compare-chart", labels, series, yTitle, null, alt);
    }

    /** Every branch with data for the measure, plus the chosen ones, so the form never drops a choice. */
    private static List<ComparePage.BranchOption> branchOptions(DataView view, CompareQuery query) {
        return view.branches().stream()
                .filter(b -> query.branches().contains(b) || view.latestMonth(b.code(), query.measure()).isPresent())
                .map(b -> new ComparePage.BranchOption(b, query.branches().contains(b))).toList();
    }

    private static Optional<YearMonth> latest(DataView view, CompareQuery query) {
        return query.branches().stream().flatMap(b -> view.latestMonth(b.code(), query.measure()).stream())
                .max(YearMonth::compareTo);
    }

    private static String measureLabel(CompareMessages msg, Measure measure) {
        return switch (measure) {
            case INDEX -> msg.measure_index();
            case INDEX_SA -> msg.measure_index_sa();
            case YOY_CA -> msg.measure_yoy_ca();
            case MOM_SA -> msg.measure_mom_sa();
            default -> measure.code;
        };
    }

    /** This comparison with the published indices instead of rebased ones, as its canonical URL. */
    static String unrebasedHref(Lang lang, CompareQuery query, boolean events) {
        CompareQuery unrebased = new CompareQuery(query.branches(), query.measure(), query.from(), query.to(),
                query.toGiven(), null, query.asOf());
        StringJoiner params = new StringJoiner("&", "?", "");
        CompareShare.params(unrebased).forEach((k, v) -> params.add(k + "=" + v));
        if (!events) {
            params.add(EventList.PARAM + "=" + EventList.HIDDEN);
        }
        if (query.asOf() != null) {
            params.add("asof=" + query.asOf());
        }
        return "/" + lang.code + "/compare" + params;
    }
}
