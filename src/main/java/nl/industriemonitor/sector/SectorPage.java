package nl.industriemonitor.sector;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.analysis.HistoryStanding;
import nl.industriemonitor.analysis.lagging.RuleResult;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.FigureStatus;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;

/**
 * Everything the branch page shows for one branch as known at one date; the nested records are the
 * rows of its sections. A missing figure is {@code null}, printed as "no data". {@code month} is the
 * month the link asked for (null: the latest); {@code history} what the long history says of the
 * page's month (null when the branch has no index at all). {@code revisions} lists the revised figures of the
 * newest {@link #REVISED_MONTHS_SHOWN} months of the period that have one; {@code olderRevisions} counts those of
 * earlier months (null: none).
 */
public record SectorPage(Lang lang, LocalDate asOf, BranchInfo branch, YearMonth month, Latest yoy, Latest mom,
                         SectorChart chart, YearMonth rulesMonth, List<RuleRow> rules, HistoryStanding history,
                         List<DataRow> data, List<Source> sources, List<Coverage> coverage, List<Revision> revisions,
                         OlderRevisions olderRevisions, String otherLangHref) {

    /**
     * Months of revised figures the revisions table lists at most: CBS re-estimates its seasonal adjustment every
     * month, so over years of releases nearly every figure of a long period is revised, and a table of all of them
     * (over a thousand rows since 2005) would bury the recent revisions a reader comes for.
     */
    public static final int REVISED_MONTHS_SHOWN = 12;

    /** The measures the chart offers, in the order of the form's list. */
    public static final List<Measure> CHART_MEASURES =
            List.of(Measure.INDEX_SA, Measure.INDEX, Measure.YOY_CA, Measure.MOM_SA);

    /** The measures of the data table and the coverage, in column order. */
    public static final List<Measure> TABLE_MEASURES =
            List.of(Measure.INDEX, Measure.INDEX_SA, Measure.YOY_CA, Measure.MOM_SA, Measure.TURNOVER_YOY);

    public String name() {
        return branch.name(lang.code);
    }

    public List<Measure> chartMeasures() {
        return CHART_MEASURES;
    }

    public List<Measure> tableMeasures() {
        return TABLE_MEASURES;
    }

    /** The page's own path, the target of the chart form. */
    public String path() {
        return "/" + lang.code + "/sector/" + branch.code();
    }

    /** Index measures are levels; the others are changes in %, printed with a sign. */
    public static boolean percent(Measure measure) {
        return measure != Measure.INDEX && measure != Measure.INDEX_SA;
    }

    /** A figure of {@code measure} as the page's tables print it; {@code missing} (the words for it) when none. */
    static String print(Figure figure, Measure measure, Lang lang, String missing) {
        return figure == null ? missing : percent(measure) ? Formats.pct(figure.amount(), lang.locale)
                : Formats.num(figure.amount(), lang.locale);
    }

    /** The latest published figure of one measure, with its month; both null when there is none. */
    public record Latest(YearMonth month, Figure figure) {
        static final Latest NONE = new Latest(null, null);
    }

    /** One lagging rule's result; {@code missing} names the absent inputs of a NO_DATA result. */
    public record RuleRow(RuleResult result, List<Missing> missing) {
    }

    /** An input a rule needed but the data lack, with the branch named in the page language. */
    public record Missing(String branch, YearMonth month, Measure measure) {
    }

    /**
     * One month of the data table, named by {@code label}; {@code cells} follow {@link #TABLE_MEASURES}; {@code status}
     * is the least final of its figures, {@code statusText} its name as the table prints it (empty when final).
     */
    public record DataRow(YearMonth month, String label, List<Cell> cells, FigureStatus status, String statusText) {
    }

    /**
     * One value of the data table, printed ({@code text}: the words for "no data" where {@code figure} is null): made
     * in Java once per cell, so that the template prints each of a long period's thousands of cells with three
     * expressions and no section of its own.
     */
    public record Cell(Measure measure, Figure figure, String text) {
        /** The measure's code, for the cell's {@code data-measure}. */
        public String code() {
            return measure.code;
        }

        /** The cell's classes: a number, marked as missing where there is none. */
        public String css() {
            return figure == null ? "num missing" : "num";
        }
    }

    /** A publication that supplied figures of the data table. */
    public record Source(ReleaseInfo release, String source) {
    }

    /** First and last month with a figure of one measure and how many months have one. */
    public record Coverage(Measure measure, YearMonth first, YearMonth last, int months) {
    }

    /** A figure published more than once: its first and latest value and the change between them. */
    public record Revision(YearMonth month, Measure measure, Figure first, Figure latest, BigDecimal difference,
                           String href) {
        public boolean percent() {
            return SectorPage.percent(measure);
        }
    }

    /** Revised figures of months before those the revisions table lists: how many, and the months they span. */
    public record OlderRevisions(int figures, YearMonth first, YearMonth last, String lastHref) {

        public int monthsShown() {
            return REVISED_MONTHS_SHOWN;
        }
    }
}
