package nl.industriemonitor.compare;

import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.events.ChartEvent;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Lang;

/**
 * Everything the comparison page shows: the form with its current choices, the chart, the same
 * numbers as a month × branch table, and where they come from.
 *
 * @param notRebased chosen branches left out because they have no value in the base month
 * @param latest     the latest month with data among the chosen branches (the default end), if any
 * @param events     the events of the chosen branches the chart draws; none when the link hid them ({@code eventsShown})
 */
public record ComparePage(Lang lang, CompareQuery query, String measureLabel, List<BranchColumn> columns,
                          List<BranchInfo> notRebased, List<MonthRow> rows, ChartData chart,
                          List<BranchOption> branchOptions, List<MeasureOption> measureOptions, YearMonth latest,
                          String unrebasedHref, String otherLangHref, boolean eventsShown, List<ChartEvent> events) {

    public int maxSectors() {
        return CompareParameters.MAX_SECTORS;
    }

    /** One month across the drawn branches, in column order. */
    public record MonthRow(YearMonth month, List<TableCell> cells) {
    }

    /**
     * A cell of the table as printed: the branch's code and name, and the value formatted for the measure
     * ({@code text} null when nothing is published). Made once per page: the table has a cell per month
     * and branch, and resolving the formatting in the template for each cost most of a render.
     */
    public record TableCell(String branch, String label, String text) {
    }

    /** A checkbox of the form. */
    public record BranchOption(BranchInfo branch, boolean checked) {
    }

    /** An option of the measure select. */
    public record MeasureOption(String code, String label, boolean selected) {
    }
}
