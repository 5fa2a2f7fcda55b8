package nl.industriemonitor.sector;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.analysis.LongHistory;
import nl.industriemonitor.analysis.Recent;
import nl.industriemonitor.analysis.lagging.LaggingRules;
import nl.industriemonitor.analysis.lagging.RuleResult;
import nl.industriemonitor.analysis.lagging.RuleSettings;
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
import nl.industriemonitor.web.Messages;
import nl.industriemonitor.web.PageLinks;

/** Builds the page of one branch from the current snapshot, as known on an optional date. */
@ApplicationScoped
public class SectorService {

    /** The chart starts before the energy crisis unless the link says otherwise (DESIGN.md). */
    static final YearMonth DEFAULT_FROM = YearMonth.of(2021, 1);

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    /**
     * {@code month} chooses the month the headline, the rules and the long-history statement are about
     * (default: the latest month with a figure; for the statement, the latest with an index); the chart
     * and the data table run from {@code from} to the latest month.
     */
    public SectorPage page(Lang lang, String code, String measureParam, String fromParam, String monthParam,
                           String asOfParam, boolean events, String otherLangHref) {
        LocalDate asOf = links.date(lang, asOfParam);
        Snapshot snapshot = snapshots.current();
        DataView view = snapshot.asOf(asOf);
        BranchInfo branch = links.branch(lang, view, code);
        Measure measure = links.measure(lang, measureParam, SectorPage.CHART_MEASURES, Measure.INDEX_SA);
        YearMonth requestedFrom = links.month(lang, fromParam);
        YearMonth from = requestedFrom == null ? DEFAULT_FROM : requestedFrom;
        YearMonth requestedMonth = links.month(lang, monthParam);
        SectorHistory history = new SectorHistory(snapshot, view, asOf, branch.code());
        SectorHistory.Revisions revisions = history.revisions(lang, from);
        Messages words = links.messages(lang);
        List<SectorPage.DataRow> rows = history.rows(lang, from, words);
        Optional<YearMonth> month = requestedMonth != null ? Optional.of(requestedMonth) : history.latestMonth();
        YearMonth historyMonth = requestedMonth != null ? requestedMonth
                : view.latestMonth(branch.code(), Measure.INDEX_SA).orElse(null);
        return new SectorPage(lang, asOf, branch, requestedMonth,
                month.map(m -> latest(view, branch.code(), Measure.YOY_CA, m)).orElse(SectorPage.Latest.NONE),
                month.map(m -> latest(view, branch.code(), Measure.MOM_SA, m)).orElse(SectorPage.Latest.NONE),
                chart(lang, view, history, branch, measure, from, events, words.no_data()),
                month.orElse(null), month.map(m -> rules(lang, view, branch.code(), m)).orElse(List.of()),
                historyMonth == null ? null : LongHistory.of(view, branch.code(), historyMonth),
                rows, SectorHistory.sources(rows), history.coverage(), revisions.shown(),
                revisions.older(), otherLangHref);
    }

    /** The latest figure of a measure up to {@code month}, no more than a year before it. */
    private static SectorPage.Latest latest(DataView view, String code, Measure measure, YearMonth month) {
        Optional<YearMonth> latest = Recent.latestMonth(view, code, measure, month);
        return new SectorPage.Latest(latest.orElse(null),
                latest.flatMap(m -> view.figure(code, m, measure)).orElse(null));
    }

    private static SectorChart chart(Lang lang, DataView view, SectorHistory history, BranchInfo branch,
                                     Measure measure, YearMonth from, boolean events, String noData) {
        boolean withTotal = !BranchInfo.TOTAL.equals(branch.code());
        String totalName = view.branch(BranchInfo.TOTAL).map(b -> b.name(lang.code)).orElse(BranchInfo.TOTAL);
        Optional<YearMonth> to = view.latestMonth(branch.code(), measure).filter(m -> !m.isBefore(from));
        if (to.isEmpty()) {
            // measures with figures in the period; earlier figures are reached by the choice of period
            List<Measure> alternatives = SectorPage.CHART_MEASURES.stream().filter(m -> m != measure
                    && view.latestMonth(branch.code(), m).filter(last -> !last.isBefore(from)).isPresent()).toList();
            return new SectorChart(measure, from, null, List.of(), withTotal, totalName, alternatives, events, List.of());
        }
        // months before the branch's first figure would only be gaps (and an early "from" a huge page)
        YearMonth start = history.firstMonth(measure).filter(first -> first.isAfter(from)).orElse(from);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> own = new ArrayList<>();
        List<BigDecimal> total = new ArrayList<>();
        List<SectorChart.Row> rows = new ArrayList<>();
        for (YearMonth m = start; !m.isAfter(to.get()); m = m.plusMonths(1)) {
            var figure = view.figure(branch.code(), m, measure).orElse(null);
            var reference = withTotal ? view.figure(BranchInfo.TOTAL, m, measure).orElse(null) : null;
            labels.add(m.toString());
            own.add(figure == null ? null : figure.amount());
            total.add(reference == null ? null : reference.amount());
            rows.add(new SectorChart.Row(m, figure, reference, Formats.label(m, lang.locale),
                    SectorPage.print(figure, measure, lang, noData), SectorPage.print(reference, measure, lang, noData)));
        }
        SectorMessages text = messages(lang);
        String name = branch.name(lang.code);
        String measureName = text.measure(measure);
        String first = Formats.label(start, lang.locale);
        String last = Formats.label(to.get(), lang.locale);
        List<ChartData.Series> series = new ArrayList<>();
        series.add(ChartData.Series.line(name, own));
        if (withTotal) {
            series.add(ChartData.Series.reference(totalName, total));
        }
        String alt = withTotal ? text.chart_alt(measureName, name, first, last)
                : text.chart_alt_total(measureName, name, first, last);
        // the events of the branch itself: total manufacturing's line is there for comparison
        List<ChartEvent> shown = events ? EventList.forChart(List.of(branch.code()), labels) : List.of();
        ChartData data = new ChartData("sector-chart", labels, series, text.axis(measure), null, alt)
                .withEvents(EventList.marks(lang, shown, labels));
        return new SectorChart(measure, from, data, rows, withTotal, totalName, List.of(), events, shown);
    }

    private static List<SectorPage.RuleRow> rules(Lang lang, DataView view, String code, YearMonth month) {
        List<SectorPage.RuleRow> rows = new ArrayList<>();
        for (RuleResult result : LaggingRules.evaluateLatest(view, code, month, RuleSettings.defaults()).results()) {
            rows.add(new SectorPage.RuleRow(result, result.missing().stream()
                    .map(m -> new SectorPage.Missing(view.branch(m.branch()).map(b -> b.name(lang.code))
                            .orElse(m.branch()), m.month(), m.measure()))
                    .toList()));
        }
        return rows;
    }

    static SectorMessages messages(Lang lang) {
        return MessageBundles.get(SectorMessages.class, Localized.Literal.of(lang.code));
    }
}
