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
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.Messages;

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
    /** Per measure of the table, in its order: the months with a figure, ascending (read once per page). */
    private final List<List<YearMonth>> measureMonths;

    SectorHistory(Snapshot snapshot, DataView view, LocalDate asOf, String code) {
        this.snapshot = snapshot;
        this.view = view;
        this.asOf = asOf;
        this.code = code;
        this.measureMonths = SectorPage.TABLE_MEASURES.stream().map(m -> snapshot.months(code, m, asOf)).toList();
        measureMonths.forEach(months::addAll);
    }

    /** The latest month with any figure of the branch: where the lagging rules are judged. */
    Optional<YearMonth> latestMonth() {
        return months.isEmpty() ? Optional.empty() : Optional.of(months.first());
    }

    /** The first month with a figure of {@code measure}, where a chart of it can start at the earliest. */
    Optional<YearMonth> firstMonth(Measure measure) {
        int i = SectorPage.TABLE_MEASURES.indexOf(measure);
        List<YearMonth> list = i >= 0 ? measureMonths.get(i) : snapshot.months(code, measure, asOf);
        return list.stream().findFirst();
    }

    /** The months from {@code from} on, newest first: the data table follows the chart's period. */
    private NavigableSet<YearMonth> since(YearMonth from) {
        return months.headSet(from, true);
    }

    /** The data table's months from {@code from} on, newest first, printed in {@code lang} with its {@code words}. */
    List<SectorPage.DataRow> rows(Lang lang, YearMonth from, Messages words) {
        String noData = words.no_data();
        List<SectorPage.DataRow> rows = new ArrayList<>();
        for (YearMonth month : since(from)) {
            List<SectorPage.Cell> cells = new ArrayList<>(SectorPage.TABLE_MEASURES.size());
            for (Measure m : SectorPage.TABLE_MEASURES) {
                Figure figure = view.figure(code, month, m).orElse(null);
                cells.add(new SectorPage.Cell(m, figure, SectorPage.print(figure, m, lang, noData)));
            }
            FigureStatus status = cells.stream().filter(c -> c.figure() != null).map(c -> c.figure().status())
                    .reduce(FigureStatus.DEFINITIEF, FigureStatus::leastFinal);
            rows.add(new SectorPage.DataRow(month, Formats.label(month, lang.locale), cells, status,
                    status.revisedProvisional() ? words.revised_provisional()
                            : status.provisional() ? words.provisional() : ""));
        }
        return rows;
    }

    /** The publications behind the figures of the data table's {@code rows}, oldest first, for its single caption. */
    static List<SectorPage.Source> sources(List<SectorPage.DataRow> rows) {
        Set<SectorPage.Source> sources = new LinkedHashSet<>();
        for (SectorPage.DataRow row : rows) {
            for (SectorPage.Cell cell : row.cells()) {
                if (cell.figure() != null) {
                    sources.add(new SectorPage.Source(cell.figure().release(), cell.figure().source()));
                }
            }
        }
        List<SectorPage.Source> sorted = new ArrayList<>(sources);
        sorted.sort(Comparator.comparing(SectorPage.Source::release, Snapshot.RELEASE_ORDER)
                .thenComparing(SectorPage.Source::source));
        return sorted;
    }

    List<SectorPage.Coverage> coverage() {
        List<SectorPage.Coverage> coverage = new ArrayList<>();
        for (int i = 0; i < SectorPage.TABLE_MEASURES.size(); i++) {
            Measure measure = SectorPage.TABLE_MEASURES.get(i);
            List<YearMonth> list = measureMonths.get(i);
            coverage.add(list.isEmpty() ? new SectorPage.Coverage(measure, null, null, 0)
                    : new SectorPage.Coverage(measure, list.get(0), list.get(list.size() - 1), list.size()));
        }
        return coverage;
    }

    /** The revised figures the page lists, and a count of the older ones it leaves out. */
    record Revisions(List<SectorPage.Revision> shown, SectorPage.OlderRevisions older) {
    }

    /**
     * Figures of the period with more than one published value up to the view's date, newest month first: those of
     * the newest {@link SectorPage#REVISED_MONTHS_SHOWN} months that have one, and the count of the others. A value
     * repeated by a later release is the same value: CBS republishes the whole table every month, so otherwise
     * every figure of a long period would be listed.
     */
    Revisions revisions(Lang lang, YearMonth from) {
        List<SectorPage.Revision> shown = new ArrayList<>();
        Measure olderMeasure = null;
        int monthsShown = 0;
        int older = 0;
        YearMonth olderFirst = null;
        YearMonth olderLast = null;
        for (YearMonth month : since(from)) {
            boolean listed = monthsShown < SectorPage.REVISED_MONTHS_SHOWN;
            boolean any = false;
            for (Measure measure : SectorPage.TABLE_MEASURES) {
                if (!snapshot.revised(code, month, measure, asOf)) {
                    continue;
                }
                any = true;
                if (listed) {
                    FigureHistory all = snapshot.vintages(code, month, measure);
                    // the releases visible on a date are the first ones in release order
                    int visible = 0;
                    while (visible < all.size() && (asOf == null || all.release(visible).visibleAsOf(asOf))) {
                        visible++;
                    }
                    Figure first = all.get(0);
                    Figure latest = all.get(visible - 1);
                    shown.add(new SectorPage.Revision(month, measure, first, latest,
                            latest.amount().subtract(first.amount()), revisionsHref(lang, month, measure)));
                } else {
                    older++;
                    olderFirst = month;
                    if (olderLast == null) {
                        olderLast = month;
                        olderMeasure = measure;
                    }
                }
            }
            if (any && listed) {
                monthsShown++;
            }
        }
        return new Revisions(shown, older == 0 ? null : new SectorPage.OlderRevisions(older, olderFirst, olderLast,
                revisionsHref(lang, olderLast, olderMeasure)));
    }

    private String revisionsHref(Lang lang, YearMonth month, Measure measure) {
        return "/" + lang.code + "/revisions?sector=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&month=" + month + "&measure=" + measure.code;
    }
}
