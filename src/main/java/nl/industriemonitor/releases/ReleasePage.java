package nl.industriemonitor.releases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.analysis.NewMonths;
import nl.industriemonitor.analysis.ReleaseChanges;
import nl.industriemonitor.analysis.lagging.LaggingSwitches;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Lang;

/**
 * What the releases of one publication date added and revised: their sources, the newest new figures,
 * the new months per branch and every revised figure (the largest {@link ReleasesService#MAX_ROWS} on
 * the page; the download has all of them).
 *
 * @param previous the publication date before this one, null when this is the first
 * @param chart    total manufacturing before and after this publication, with {@code chartRows} as its table
 * @param switches branches that started or stopped lagging with it; null when it holds no production figures
 */
public record ReleasePage(Lang lang, LocalDate date, List<Source> sources, LocalDate previous, LocalDate next,
                          ReleaseChanges.Result changes, List<Latest> latest, List<MonthsRow> newMonths,
                          List<RevisionRow> revisions, ChartData chart, List<ChartRow> chartRows,
                          String otherLangHref, List<LaggingSwitches.Switch> switches) {

    /** One release of this date with the number of figures it holds. */
    public record Source(ReleaseInfo release, int figures) {
    }

    /** The new figures of the newest month of one table, one row per branch, one cell per headline measure. */
    public record Latest(String table, YearMonth month, List<Measure> measures, List<LatestRow> rows) {
    }

    /** One branch's new figures of the newest month; null where a measure got no new figure. */
    public record LatestRow(BranchInfo branch, List<Figure> figures) {
    }

    /** One branch and the measures that gained the same months. */
    public record MonthsRow(BranchInfo branch, NewMonths months) {
    }

    /** One revised figure and, where that page has it, the link to all its versions. */
    public record RevisionRow(BranchInfo branch, ReleaseChanges.Revision revision, String versionsHref) {

        public Measure measure() {
            return revision.measure();
        }

        public YearMonth month() {
            return revision.month();
        }

        public BigDecimal difference() {
            return revision.difference();
        }
    }

    /** One month of the chart: the total's figure before and after this publication (either may be missing). */
    public record ChartRow(YearMonth month, Figure before, Figure after) {
    }

    public boolean capped() {
        return revisions.size() < changes.revised().size();
    }
}
