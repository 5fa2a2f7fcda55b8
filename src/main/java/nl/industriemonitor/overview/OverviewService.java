package nl.industriemonitor.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.analysis.Changes;
import nl.industriemonitor.analysis.GapToTotal;
import nl.industriemonitor.analysis.lagging.LaggingRules;
import nl.industriemonitor.analysis.lagging.RuleSettings;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageException;
import nl.industriemonitor.web.PageLinks;

/** Builds the overview of one month from the current snapshot, as known on an optional date. */
@ApplicationScoped
public class OverviewService {

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
        return new OverviewPage(lang, month, asOf, new Headline(yoy.orElse(null), mom.orElse(null)),
                rows(view, month), links.overview(lang.other(), requested, asOf));
    }

    private static List<BranchRow> rows(DataView view, YearMonth month) {
        List<BranchRow> rows = new ArrayList<>();
        for (BranchInfo branch : view.branches()) {
            if (BranchInfo.TOTAL.equals(branch.code()) || view.latestMonth(branch.code(), Measure.YOY_CA, month).isEmpty()
                    && view.latestMonth(branch.code(), Measure.INDEX_SA, month).isEmpty()
                    && view.latestMonth(branch.code(), Measure.MOM_SA, month).isEmpty()) {
                continue;
            }
            Figure yoy = Changes.yearOnYear(view, branch.code(), month).orElse(null);
            rows.add(new BranchRow(branch, yoy,
                    GapToTotal.of(view, branch.code(), month).map(GapToTotal::points).orElse(null),
                    LaggingRules.evaluateLatest(view, branch.code(), month, RuleSettings.defaults())));
        }
        // Highest growth first; branches without a figure for the month last, in catalogue order.
        rows.sort(Comparator.comparing((BranchRow r) -> r.yoy() == null)
                .thenComparing(r -> r.yoy() == null ? null : r.yoy().amount(),
                        Comparator.nullsLast(Comparator.reverseOrder())));
        return rows;
    }
}
