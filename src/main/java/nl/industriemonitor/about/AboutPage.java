package nl.industriemonitor.about;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.web.Lang;

/**
 * The data-and-method page: every release we hold, and which branch has which measure for which months,
 * as known on {@code asOf} (null: everything imported).
 */
public record AboutPage(Lang lang, LocalDate asOf, List<ReleaseRow> releases, List<Measure> measures,
                        List<CoverageRow> coverage, String otherLangHref) {

    /** One release with the number of figures it holds. */
    public record ReleaseRow(ReleaseInfo release, int figures) {
    }

    /** One branch's coverage, one cell per measure in the order of {@code measures}. */
    public record CoverageRow(BranchInfo branch, List<Span> spans) {
    }

    /** First and last month with data and how many months; {@code count} 0 when the measure is absent. */
    public record Span(YearMonth first, YearMonth last, int count) {
    }
}
