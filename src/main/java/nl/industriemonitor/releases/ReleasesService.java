package nl.industriemonitor.releases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.analysis.NewMonths;
import nl.industriemonitor.analysis.ReleaseChanges;
import nl.industriemonitor.analysis.lagging.LaggingSwitches;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.Messages;
import nl.industriemonitor.web.PageException;
import nl.industriemonitor.web.PageLinks;

/** Builds the page of one publication date and the list of all of them from the current snapshot. */
@ApplicationScoped
public class ReleasesService {

    /** Revised figures listed on the page; a full CBS revision of the seasonal adjustment can touch thousands. */
    static final int MAX_ROWS = 500;
    /** What CBS leads a release with, per table: the measures whose newest figures the page shows. */
    static final Map<Dataset, List<Measure>> HEADLINE = Map.of(Dataset.PRODUCTION, List.of(Measure.YOY_CA, Measure.MOM_SA),
            Dataset.PRODUCER_CONFIDENCE, List.of(Measure.PRODUCER_CONFIDENCE));
    private static final int CHART_MONTHS = 13;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    static ReleasesMessages messages(Lang lang) {
        return MessageBundles.get(ReleasesMessages.class, Localized.Literal.of(lang.code));
    }

    public ReleasePage page(Lang lang, String dateParam, String otherLangHref) {
        LocalDate date = links.date(lang, dateParam);
        Snapshot snapshot = snapshots.current();
        List<ReleaseInfo> releases = snapshot.releases().stream().filter(r -> r.published() != null
                && r.published().equals(date)).toList();
        TreeSet<LocalDate> dates = dates(snapshot);
        if (date == null || releases.isEmpty()) {
            throw unknown(lang, date, dates);
        }
        ReleaseChanges.Result changes = ReleaseChanges.of(snapshot, releases.stream().map(ReleaseInfo::id).toList());
        DataView view = snapshot.latest();
        List<ReleasePage.Source> sources = releases.stream()
                .map(r -> new ReleasePage.Source(r, snapshot.figureCount(r.id()))).toList();
        List<ReleasePage.MonthsRow> months = NewMonths.of(changes.added()).stream()
                .map(m -> new ReleasePage.MonthsRow(branch(view, m.branch()), m)).toList();
        List<ReleasePage.RevisionRow> revisions = changes.revised().stream().limit(MAX_ROWS)
                .map(r -> new ReleasePage.RevisionRow(branch(view, r.branch()), r, versionsHref(lang, r))).toList();
        Measure chartMeasure = releases.stream().anyMatch(r -> r.dataset() == Dataset.PRODUCTION)
                ? Measure.YOY_CA : Measure.PRODUCER_CONFIDENCE;
        List<ReleasePage.ChartRow> chartRows = chartRows(snapshot, date, chartMeasure);
        return new ReleasePage(lang, date, sources, dates.lower(date), dates.higher(date), changes,
                latest(view, changes), months, revisions, chart(lang, date, chartMeasure, chartRows), chartRows,
                otherLangHref, chartMeasure == Measure.YOY_CA ? LaggingSwitches.of(snapshot, date) : null);
    }

    public ReleaseIndex index(Lang lang, String otherLangHref) {
        Snapshot snapshot = snapshots.current();
        Map<LocalDate, ReleaseChanges.Counts> counts = ReleaseChanges.perDate(snapshot);
        List<ReleaseIndex.Row> rows = new ArrayList<>();
        List<ReleaseIndex.Undated> undated = new ArrayList<>();
        for (ReleaseInfo r : snapshot.releases()) {
            if (r.published() == null) {
                undated.add(new ReleaseIndex.Undated(r, snapshot.figureCount(r.id())));
            } else if (rows.isEmpty() || !rows.get(0).date().equals(r.published())) {
                rows.add(0, new ReleaseIndex.Row(r.published(), new ArrayList<>(List.of(r)),
                        counts.getOrDefault(r.published(), new ReleaseChanges.Counts(0, 0, 0, null))));
            } else {
                rows.get(0).releases().add(r);
            }
        }
        rows.replaceAll(row -> new ReleaseIndex.Row(row.date(), List.copyOf(row.releases()), row.counts()));
        return new ReleaseIndex(lang, rows, undated, indexChart(lang, rows), otherLangHref);
    }

    /**
     * The lagging switches of the newest dated publication of table 85806NED visible on {@code asOf} (null: in
     * all the data); null when there is none.
     */
    public LatestSwitches latestSwitches(LocalDate asOf) {
        Snapshot snapshot = snapshots.current();
        return snapshot.releases().stream()
                .filter(r -> r.dataset() == Dataset.PRODUCTION && r.published() != null
                        && (asOf == null || r.visibleAsOf(asOf)))
                .map(ReleaseInfo::published).max(LocalDate::compareTo)
                .map(date -> new LatestSwitches(date, LaggingSwitches.of(snapshot, date))).orElse(null);
    }

    /** "12 figures revised, 45 new and 3 published again unchanged. Largest revision: ..." */
    String description(Lang lang, ReleaseChanges.Counts counts) {
        ReleasesMessages msg = messages(lang);
        String text = msg.summary(counts.revised(), counts.added(), counts.unchanged());
        ReleaseChanges.Revision r = counts.largest();
        if (r == null) {
            return text;
        }
        String branch = snapshots.current().latest().branch(r.branch()).map(b -> b.name(lang.code)).orElse(r.branch());
        return text + " " + msg.largest(branch, msg.measure_long(r.measure()), Formats.label(r.month(), lang.locale),
                ReleaseFormats.shown(r.before(), r.measure(), lang.locale),
                ReleaseFormats.shown(r.after(), r.measure(), lang.locale));
    }

    static BranchInfo branch(DataView view, String code) {
        return view.branch(code).orElse(new BranchInfo(code, code, code, null, false, Integer.MAX_VALUE));
    }

    private static TreeSet<LocalDate> dates(Snapshot snapshot) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        snapshot.releases().stream().map(ReleaseInfo::published).filter(d -> d != null).forEach(dates::add);
        return dates;
    }

    /** The revisions page shows the measures of table 85806NED, not producer confidence. */
    private static String versionsHref(Lang lang, ReleaseChanges.Revision r) {
        return r.measure().dataset != Dataset.PRODUCTION ? null : "/" + lang.code + "/revisions?sector=" + r.branch()
                + "&month=" + r.month() + "&measure=" + r.measure().code;
    }

    /** Per table, the new headline figures of its newest month with any. */
    private static List<ReleasePage.Latest> latest(DataView view, ReleaseChanges.Result changes) {
        List<ReleasePage.Latest> tables = new ArrayList<>();
        for (Dataset dataset : Dataset.values()) {
            List<Measure> measures = HEADLINE.get(dataset);
            if (measures == null) {
                // Eurostat's releases are not CBS's: their figures never reach these pages
                continue;
            }
            List<ReleaseChanges.Added> added = changes.added().stream().filter(a -> measures.contains(a.measure())).toList();
            Optional<YearMonth> newest = added.stream().map(ReleaseChanges.Added::month).max(Comparator.naturalOrder());
            if (newest.isEmpty()) {
                continue;
            }
            List<ReleasePage.LatestRow> rows = new ArrayList<>();
            for (ReleaseChanges.Added a : added) {
                if (!a.month().equals(newest.get())) {
                    continue;
                }
                if (rows.isEmpty() || !rows.get(rows.size() - 1).branch().code().equals(a.branch())) {
                    rows.add(new ReleasePage.LatestRow(branch(view, a.branch()),
                            new ArrayList<>(Collections.nCopies(measures.size(), (Figure) null))));
                }
                rows.get(rows.size() - 1).figures().set(measures.indexOf(a.measure()), a.figure());
            }
            tables.add(new ReleasePage.Latest(dataset.tableId, newest.get(), measures, rows));
        }
        return tables;
    }

    /** Total manufacturing's last 13 months as known the day before this publication and on its day. */
    private static List<ReleasePage.ChartRow> chartRows(Snapshot snapshot, LocalDate date, Measure measure) {
        DataView after = snapshot.asOf(date);
        DataView before = snapshot.asOf(date.minusDays(1));
        Optional<YearMonth> newest = after.latestMonth(BranchInfo.TOTAL, measure);
        List<ReleasePage.ChartRow> rows = new ArrayList<>();
        if (newest.isPresent()) {
            for (YearMonth m = newest.get().minusMonths(CHART_MONTHS - 1L); !m.isAfter(newest.get()); m = m.plusMonths(1)) {
                rows.add(new ReleasePage.ChartRow(m, before.figure(BranchInfo.TOTAL, m, measure).orElse(null),
                        after.figure(BranchInfo.TOTAL, m, measure).orElse(null)));
            }
        }
        return rows;
    }

    private ChartData chart(Lang lang, LocalDate date, Measure measure, List<ReleasePage.ChartRow> rows) {
        ReleasesMessages msg = messages(lang);
        Messages common = links.messages(lang);
        boolean confidence = measure == Measure.PRODUCER_CONFIDENCE;
        List<BigDecimal> before = rows.stream().map(r -> r.before() == null ? null : r.before().amount()).toList();
        List<BigDecimal> after = rows.stream().map(r -> r.after() == null ? null : r.after().amount()).toList();
        return new ChartData("release", rows.stream().map(r -> r.month().toString()).toList(),
                // this publication solid, the state before it as the dashed reference
                List.of(ChartData.Series.line(msg.chart_after(), after), ChartData.Series.reference(msg.chart_before(), before)),
                confidence ? common.chart_balance_axis() : common.chart_pct_axis(), null,
                msg.chart_alt(confidence ? common.chart_confidence() : common.chart_yoy(), Formats.label(date, lang.locale)));
    }

    private ChartData indexChart(Lang lang, List<ReleaseIndex.Row> newestFirst) {
        ReleasesMessages msg = messages(lang);
        List<ReleaseIndex.Row> rows = new ArrayList<>(newestFirst);
        Collections.reverse(rows);
        return new ChartData("releases-chart", rows.stream().map(r -> r.date().toString()).toList(),
                List.of(ChartData.Series.bars(msg.col_new(), "y", rows.stream().map(r -> BigDecimal.valueOf(r.counts().added())).toList()),
                        ChartData.Series.bars(msg.col_revised(), "y", rows.stream().map(r -> BigDecimal.valueOf(r.counts().revised())).toList())),
                msg.col_figures(), null, msg.index_chart_alt());
    }

    /** A 404 that links the list of releases and the publication dates either side of the one asked for. */
    private PageException unknown(Lang lang, LocalDate date, TreeSet<LocalDate> dates) {
        ReleasesMessages msg = messages(lang);
        List<PageException.Link> offered = new ArrayList<>();
        offered.add(new PageException.Link("/" + lang.code + "/releases", msg.all()));
        if (date != null) {
            for (LocalDate near : new LocalDate[] {dates.lower(date), dates.higher(date)}) {
                if (near != null) {
                    offered.add(new PageException.Link("/" + lang.code + "/releases/" + near,
                            msg.link_release(Formats.label(near, lang.locale))));
                }
            }
        }
        offered.add(links.home(lang));
        return new PageException(404, lang, msg.unknown(date == null ? "" : Formats.label(date, lang.locale)), offered);
    }
}
