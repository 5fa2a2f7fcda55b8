package nl.industriemonitor.overview;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.industriemonitor.analysis.BranchLists;
import nl.industriemonitor.analysis.Changes;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;

/**
 * Branch × month of year-on-year changes over the twelve months up to the page's month; a missing
 * figure is an empty cell, never an interpolated one.
 */
public record HeatMap(List<YearMonth> months, List<Row> rows) {

    /** One branch's cells, oldest month first; a cell's figure is null when not published. */
    public record Row(BranchInfo branch, List<Cell> cells) {
    }

    /** One published figure (or null) with the colour band it falls in. */
    public record Cell(YearMonth month, Figure figure) {

        /** Colour band of the value: n3 ≤ −5 < n2 ≤ −2 < n1 < 0 = zero < p1 < 2 ≤ p2 < 5 ≤ p3. */
        public String band() {
            if (figure == null) {
                return "none";
            }
            BigDecimal v = figure.amount();
            if (v.signum() == 0) {
                return "zero";
            }
            if (v.signum() < 0) {
                return v.compareTo(BigDecimal.valueOf(-5)) <= 0 ? "n3" : v.compareTo(BigDecimal.valueOf(-2)) <= 0 ? "n2" : "n1";
            }
            return v.compareTo(BigDecimal.valueOf(5)) >= 0 ? "p3" : v.compareTo(BigDecimal.valueOf(2)) >= 0 ? "p2" : "p1";
        }
    }

    static HeatMap of(DataView view, YearMonth last) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        List<Row> rows = new ArrayList<>();
        // the total and manufacturing's branches, each part once: CBS's overlapping groups would repeat colours
        List<BranchInfo> main = BranchLists.main(view, last);
        for (BranchInfo branch : view.branches()) {
            boolean inManufacturing = BranchInfo.TOTAL.equals(branch.code()) || main.contains(branch);
            List<Cell> cells = months.stream()
                    .map(m -> new Cell(m, Changes.yearOnYear(view, branch.code(), m).orElse(null))).toList();
            if (inManufacturing && cells.stream().anyMatch(c -> c.figure() != null)) {
                rows.add(new Row(branch, cells));
            }
        }
        return new HeatMap(months, rows);
    }
}
