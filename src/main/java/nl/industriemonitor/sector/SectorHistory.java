package nl.industriemonitor.sector;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.FigureHistory;
import nl.industriemonitor.data.FigureStatus;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.web.Lang;

/**
 * The record of one branch as known at one date: every month with data, where each figure came
 * from, how far each measure reaches and which figures were revised.
 */
final class SectorHistory {

    private final Snapshot snapshot;
    private final DataView view;
    private final LocalDate asOf;
    private final String code;
    /** Newest first, as the data table and the revisions list show them. */
    private final NavigableSet<YearMonth> months = new TreeSet<>(Comparator.reverseOrder());

    SectorHistory(Snapshot snapshot, DataView view, LocalDate asOf, String code) {
        this.snapshot = snapshot;
        this.view = view;
        this.asOf = asOf;
        this.code = code;
        SectorPage.TABLE_MEASURES.forEach(m -> months.addAll(snapshot.months(code, m, asOf)));
    }

    /** The latest month with any figure of the branch: where the lagging rules are judged. */
    Optional<YearMonth> latestMonth() {
        return months.isEmpty() ? Optional.empty() : Optional.of(months.first());
    }

    /** The first month with a figure of {@code measure}, where a chart of it can start at the earliest. */
    Optional<YearMonth> firstMonth(Measure measure) {
        return snapshot.months(code, measure, asOf).stream().findFirst();
    }

    /** The months from {@code from} on, newest first: the data table follows the chart's period. */
    private NavigableSet<YearMonth> since(YearMonth from) {
        return months.headSet(from, true);
    }

    List<SectorPage.DataRow> rows(YearMonth from) {
        List<SectorPage.DataRow> rows = new ArrayList<>();
        for (YearMonth month : since(from)) {
            List<SectorPage.Cell> cells = SectorPage.TABLE_MEASURES.stream()
                    .map(m -> new SectorPage.Cell(m, view.figure(code, month, m).orElse(null))).toList();
            FigureStatus status = cells.stream().filter(c -> c.figure() != null).map(c -> c.figure().status())
                    .reduce(FigureStatus.DEFINITIEF, FigureStatus::leastFinal);
            rows.add(new SectorPage.DataRow(month, cells, status));
        }
        return rows;
    }

    /** The publications behind the data table, oldest first, so its single caption can stay short. */
    List<SectorPage.Source> sources(YearMonth from) {
        Set<SectorPage.Source> sources = new LinkedHashSet<>();
        for (YearMonth month : since(from)) {
            for (Measure measure : SectorPage.TABLE_MEASURES) {
                view.figure(code, month, measure).ifPresent(f -> sources.add(new SectorPage.Source(f.release(), f.source())));
            }
        }
        List<SectorPage.Source> sorted = new ArrayList<>(sources);
        sorted.sort(Comparator.comparing(SectorPage.Source::release, Snapshot.RELEASE_ORDER)
                .thenComparing(SectorPage.Source::source));
        return sorted;
    }

    List<SectorPage.Coverage> coverage() {
        List<SectorPage.Coverage> coverage = new ArrayList<>();
        for (Measure measure : SectorPage.TABLE_MEASURES) {
            List<YearMonth> list = snapshot.months(code, measure, asOf);
            coverage.add(list.isEmpty() ? new SectorPage.Coverage(measure, null, null, 0)
                    : new SectorPage.Coverage(measure, list.get(0), list.get(list.size() - 1), list.size()));
        }
        return coverage;
    }

    /**
     * Figures of the period with more than one published value up to the view's date, newest month first. A value
     * repeated by a later release is the same value: CBS republishes the whole table every month, so otherwise
     * every figure of a long period would be listed.
     */
    List<SectorPage.Revision> revisions(Lang lang, YearMonth from) {
        List<SectorPage.Revision> revisions = new ArrayList<>();
        for (YearMonth month : since(from)) {
            for (Measure measure : SectorPage.TABLE_MEASURES) {
                FigureHistory all = snapshot.vintages(code, month, measure);
                // the releases visible on a date are the first ones in release order
                int visible = 0;
                while (visible < all.size() && (asOf == null || all.release(visible).visibleAsOf(asOf))) {
                    visible++;
                }
                if (visible > 1 && revised(all, visible)) {
                    Figure first = all.get(0);
                    Figure latest = all.get(visible - 1);
                    revisions.add(new SectorPage.Revision(month, measure, first, latest,
                            latest.amount().subtract(first.amount()), revisionsHref(lang, month, measure)));
                }
            }
        }
        return revisions;
    }

    private static boolean revised(FigureHistory vintages, int visible) {
        java.math.BigDecimal first = vintages.amount(0);
        for (int i = 1; i < visible; i++) {
            if (vintages.amount(i) != first && vintages.amount(i).compareTo(first) != 0) {
                return true;
            }
        }
        return false;
    }

    private String revisionsHref(Lang lang, YearMonth month, Measure measure) {
        return "/" + lang.code + "/revisions?sector=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&month=" + month + "&measure=" + measure.code;
    }
}
