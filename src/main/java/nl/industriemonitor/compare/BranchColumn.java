package nl.industriemonitor.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.industriemonitor.analysis.RebasedSeries;
import nl.industriemonitor.analysis.Rebasing;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;

/**
 * One branch's values for every month of a comparison (published, or rebased by us), with the
 * releases and sources they come from, so the page can say where each column stands.
 *
 * @param first the oldest release behind the column (for a rebased column including the base month's); null without values
 * @param sources every source behind the column, oldest release first, joined for one line of text
 * @param releases every release behind the column (the base month's included), oldest first, each once
 */
public record BranchColumn(BranchInfo branch, List<Cell> cells, ReleaseInfo first, ReleaseInfo last, String sources,
                           int provisional, int count, List<ReleaseInfo> releases) {

    /** One month of one branch; {@code value} is null when nothing is published for it. */
    public record Cell(BranchInfo branch, YearMonth month, BigDecimal value) {

        public boolean missing() {
            return value == null;
        }
    }

    public BranchColumn {
        cells = List.copyOf(cells);
        releases = List.copyOf(releases);
    }

    /** The published values of {@code query}'s measure, months {@code from}..{@code to}. */
    static BranchColumn published(DataView view, BranchInfo branch, CompareQuery query) {
        List<Cell> cells = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (YearMonth month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
            Optional<Figure> figure = view.figure(branch.code(), month, query.measure());
            figure.ifPresent(figures::add);
            cells.add(new Cell(branch, month, figure.map(Figure::amount).orElse(null)));
        }
        return of(branch, cells, figures, figures);
    }

    /** The index rebased to {@code query.rebase()}; empty when the base month has no value. */
    static Optional<BranchColumn> rebased(DataView view, BranchInfo branch, CompareQuery query) {
        Optional<RebasedSeries> series = Rebasing.rebase(view, branch.code(), query.measure(), query.rebase(),
                query.from(), query.to());
        if (series.isEmpty()) {
            return Optional.empty();
        }
        List<Cell> cells = new ArrayList<>();
        List<Figure> shown = new ArrayList<>();
        for (RebasedSeries.Point point : series.get().points()) {
            view.figure(branch.code(), point.month(), query.measure()).ifPresent(shown::add);
            cells.add(new Cell(branch, point.month(), point.value()));
        }
        List<Figure> inputs = new ArrayList<>(shown);
        // the base value is an input of every rebased number, wherever the base month lies
        view.figure(branch.code(), query.rebase(), query.measure()).ifPresent(inputs::add);
        return Optional.of(of(branch, cells, shown, inputs));
    }

    private static BranchColumn of(BranchInfo branch, List<Cell> cells, List<Figure> shown, List<Figure> inputs) {
        List<ReleaseInfo> releases = inputs.stream().map(Figure::release).distinct().sorted(Snapshot.RELEASE_ORDER)
                .toList();
        Set<String> sources = new LinkedHashSet<>();
        inputs.stream().sorted((a, b) -> Snapshot.RELEASE_ORDER.compare(a.release(), b.release()))
                .forEach(f -> sources.add(f.source()));
        int provisional = (int) shown.stream().filter(Figure::provisional).count();
        return new BranchColumn(branch, cells, releases.isEmpty() ? null : releases.get(0),
                releases.isEmpty() ? null : releases.get(releases.size() - 1), String.join("; ", sources),
                provisional, shown.size(), releases);
    }

    /**
     * The numbers as the page shows them, for the chart, the table and the downloads alike: published
     * ones as published, rebased ones (our own division) at the one decimal the table prints.
     */
    List<BigDecimal> shownValues(boolean rebased) {
        return cells.stream().map(Cell::value)
                .map(v -> v == null || !rebased ? v : v.setScale(1, RoundingMode.HALF_UP)).toList();
    }

    public boolean singleRelease() {
        return first != null && first.equals(last);
    }

    /** Name and code as the chart legend and the form show them. */
    public String label(String lang) {
        return label(branch, lang);
    }

    static String label(BranchInfo branch, String lang) {
        return branch.hasSbiCode() ? branch.name(lang) + " (" + branch.code() + ")" : branch.name(lang);
    }
}
