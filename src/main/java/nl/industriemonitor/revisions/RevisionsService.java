package nl.industriemonitor.revisions;

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

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageException;
import nl.industriemonitor.web.PageLinks;

/** Builds the revisions page of one figure from the current snapshot, as known on an optional date. */
@ApplicationScoped
public class RevisionsService {

    /** The published measures of table 85806NED; producer confidence has its own table and no branches. */
    static final List<Measure> MEASURES = List.of(Measure.INDEX, Measure.INDEX_SA, Measure.YOY_CA, Measure.MOM_SA,
            Measure.TURNOVER_YOY);

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    static boolean isPercent(Measure measure) {
        return measure != Measure.INDEX && measure != Measure.INDEX_SA;
    }

    static RevisionsMessages messages(Lang lang) {
        return MessageBundles.get(RevisionsMessages.class, Localized.Literal.of(lang.code));
    }

    public RevisionsPage page(Lang lang, String sector, String monthParam, String measureParam, String asOfParam,
                              String otherLangHref) {
        LocalDate asOf = links.date(lang, asOfParam);
        YearMonth requested = links.month(lang, monthParam);
        Measure measure = links.measure(lang, measureParam, MEASURES, Measure.YOY_CA);
        Snapshot snapshot = snapshots.current();
        DataView view = snapshot.asOf(asOf);
        BranchInfo branch = links.branch(lang, view, sector == null || sector.isBlank() ? BranchInfo.TOTAL : sector);
        RevisionsMessages msg = messages(lang);
        String measureLabel = label(msg, measure);
        Optional<YearMonth> latest = view.latestMonth(branch.code(), measure);
        YearMonth month = requested != null ? requested
                : latest.orElseThrow(() -> noFigure(lang, branch, measureLabel, null, Optional.empty(), asOf, measure));
        List<Figure> figures = onePerPublication(snapshot.vintages(branch.code(), month, measure).stream()
                .filter(f -> asOf == null || f.release().visibleAsOf(asOf)).toList());
        if (figures.isEmpty()) {
            throw noFigure(lang, branch, measureLabel, month, latest, asOf, measure);
        }
        List<Vintage> vintages = new ArrayList<>();
        BigDecimal previous = null;
        for (Figure f : figures) {
            vintages.add(new Vintage(f, previous == null ? null : f.amount().subtract(previous), measure));
            previous = f.amount();
        }
        String branchName = branch.name(lang.code);
        ChartData chart = new ChartData("revisions", figures.stream().map(f -> releaseLabel(lang, f)).toList(),
                List.of(ChartData.Series.line(measureLabel, figures.stream().map(Figure::amount).toList())),
                measureLabel, null, msg.chart_alt(measureLabel, branchName, Formats.label(month, lang.locale)));
        List<RevisionsPage.Option> options = MEASURES.stream()
                .map(m -> new RevisionsPage.Option(m.code, label(msg, m), m == measure)).toList();
        return new RevisionsPage(lang, branch, month, measure, measureLabel, asOf, vintages, chart, view.branches(),
                options, otherLangHref);
    }

    /**
     * One value per publication: releases stored for the same date (one publication taken from several sources,
     * or imported again from a fuller file, as a database that held the bundled release of 2025-04-10 before
     * the whole table of that day was bundled) are one vintage, the last import's. Undated releases stay apart.
     */
    static List<Figure> onePerPublication(List<Figure> figures) {
        List<Figure> vintages = new ArrayList<>();
        for (Figure f : figures) {
            Figure last = vintages.isEmpty() ? null : vintages.get(vintages.size() - 1);
            if (last != null && f.release().published() != null
                    && f.release().published().equals(last.release().published())) {
                vintages.set(vintages.size() - 1, f);
            } else {
                vintages.add(f);
            }
        }
        return vintages;
    }

    /** Release dates as "2026-01-09", which charts.js prints as they are; an undated release says so. */
    private String releaseLabel(Lang lang, Figure figure) {
        LocalDate published = figure.release().published();
        return published == null ? links.messages(lang).published_unknown() : published.toString();
    }

    static String label(RevisionsMessages msg, Measure measure) {
        return switch (measure) {
            case INDEX -> msg.measure_index();
            case INDEX_SA -> msg.measure_index_sa();
            case YOY_CA -> msg.measure_yoy_ca();
            case MOM_SA -> msg.measure_mom_sa();
            case TURNOVER_YOY -> msg.measure_turnover_yoy();
            case PRODUCER_CONFIDENCE -> measure.code;
        };
    }

    static String href(Lang lang, String sector, YearMonth month, Measure measure, LocalDate asOf) {
        return "/" + lang.code + "/revisions?sector=" + sector + "&month=" + month + "&measure=" + measure.code
                + (asOf == null ? "" : "&asof=" + asOf);
    }

    /** A 404 that links the branch page and, when there is one, the latest month that has the figure. */
    private PageException noFigure(Lang lang, BranchInfo branch, String measureLabel, YearMonth month,
                                   Optional<YearMonth> latest, LocalDate asOf, Measure measure) {
        RevisionsMessages msg = messages(lang);
        String name = branch.name(lang.code);
        List<PageException.Link> offered = new ArrayList<>();
        offered.add(new PageException.Link("/" + lang.code + "/sector/" + branch.code(), msg.link_branch(name)));
        latest.ifPresent(m -> offered.add(new PageException.Link(href(lang, branch.code(), m, measure, asOf),
                msg.link_latest(Formats.label(m, lang.locale)))));
        offered.add(links.home(lang));
        return new PageException(404, lang, month == null ? msg.no_measure(measureLabel, name)
                : msg.no_figure(measureLabel, name, Formats.label(month, lang.locale)), offered);
    }
}
