package nl.industriemonitor.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.analysis.BranchGroup;
import nl.industriemonitor.analysis.BranchLists;
import nl.industriemonitor.analysis.Changes;
import nl.industriemonitor.analysis.GapToTotal;
import nl.industriemonitor.analysis.LongHistory;
import nl.industriemonitor.analysis.Recent;
import nl.industriemonitor.analysis.lagging.LaggingRules;
import nl.industriemonitor.analysis.lagging.RuleSettings;
import nl.industriemonitor.analysis.summary.Summaries;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.Messages;
import nl.industriemonitor.web.PageLinks;

/** Builds the overview of one month from the current snapshot, as known on an optional date. */
@ApplicationScoped
public class OverviewService {

    /**
     * Figures of the page's month first, highest growth on top; then earlier figures, newest month
     * first; branches without any year-on-year figure last, in catalogue order.
     */
    private static final Comparator<BranchRow> ROW_ORDER = Comparator
            .comparing((BranchRow r) -> r.yoy() == null)
            .thenComparing(BranchRow::yoyEarlier)
            .thenComparing(BranchRow::yoyMonth, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(r -> r.yoy() == null ? null : r.yoy().amount(), Comparator.nullsLast(Comparator.reverseOrder()));

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    public OverviewPage page(Lang lang, String monthParam, String asOfParam) {
        LocalDate asOf = links.date(lang, asOfParam);
        YearMonth requested = links.month(lang, monthParam);
        DataView view = snapshots.current().asOf(asOf);
        YearMonth latest = view.latestMonth(BranchInfo.TOTAL, Measure.YOY_CA)
                .orElseThrow(() -> links.nothingPublished(lang, asOf));
        YearMonth month = requested == null ? latest : requested;
        Optional<Figure> yoy = Changes.yearOnYear(view, BranchInfo.TOTAL, month);
        Optional<Figure> mom = Changes.monthOnMonth(view, BranchInfo.TOTAL, month);
        if (yoy.isEmpty() && mom.isEmpty()) {
            throw links.monthWithoutData(lang, month, latest, asOf);
        }
        Snapshot snapshot = snapshots.current();
        Headline headline = new Headline(yoy.orElse(null), first(snapshot, asOf, month, Measure.YOY_CA),
                mom.orElse(null), first(snapshot, asOf, month, Measure.MOM_SA));
        Messages msg = links.messages(lang);
        List<OverviewCharts.Point> total = OverviewCharts.totalPoints(view, month);
        List<OverviewCharts.Point> confidence = OverviewCharts.confidencePoints(view, month);
        return new OverviewPage(lang, month, asOf, headline, Summaries.of(view, month),
                rows(view, month, BranchLists.main(view, month)), rows(view, month, BranchLists.groups(view, month)),
                energyIntensive(view, month), HeatMap.of(view, month),
                OverviewCharts.totalChart(total, msg), total, OverviewCharts.confidenceChart(confidence, msg), confidence,
                links.overview(lang.other(), requested, asOf));
    }

    /** The first published value of a total figure among the releases visible in this view. */
    private static Figure first(Snapshot snapshot, LocalDate asOf, YearMonth month, Measure measure) {
        return snapshot.vintages(BranchInfo.TOTAL, month, measure).stream()
                .filter(f -> asOf == null || f.release().visibleAsOf(asOf)).findFirst().orElse(null);
    }

    /** Every member of the group, with or without data, so that missing figures are said plainly. */
    private static List<BranchRow> energyIntensive(DataView view, YearMonth month) {
        return BranchGroup.ENERGY_INTENSIVE.members().stream().map(view::branch).flatMap(Optional::stream)
                .map(b -> row(view, b, month)).toList();
    }

    /** Those of {@code branches} that have a figure of the last year, in the table's order. */
    private static List<BranchRow> rows(DataView view, YearMonth month, List<BranchInfo> branches) {
        List<BranchRow> rows = new ArrayList<>();
        for (BranchInfo branch : branches) {
            String code = branch.code();
            if (Stream.of(Measure.YOY_CA, Measure.INDEX_SA, Measure.MOM_SA)
                    .allMatch(m -> Recent.latestMonth(view, code, m, month).isEmpty())) {
                continue;
            }
            rows.add(row(view, branch, month));
        }
        rows.sort(ROW_ORDER);
        return rows;
    }

    private static BranchRow row(DataView view, BranchInfo branch, YearMonth month) {
        String code = branch.code();
        Optional<YearMonth> yoyMonth = Recent.latestMonth(view, code, Measure.YOY_CA, month);
        Figure yoy = yoyMonth.flatMap(m -> Changes.yearOnYear(view, code, m)).orElse(null);
        return new BranchRow(branch, yoy, yoyMonth.orElse(null), yoyMonth.filter(m -> m.isBefore(month)).isPresent(),
                Changes.monthOnMonth(view, code, month).orElse(null),
                yoyMonth.flatMap(m -> GapToTotal.of(view, code, m)).map(GapToTotal::points).orElse(null),
                LaggingRules.evaluateLatest(view, code, month, RuleSettings.defaults()),
                LongHistory.of(view, code, month));
    }

}
