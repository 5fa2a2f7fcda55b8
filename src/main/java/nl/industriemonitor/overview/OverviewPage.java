package nl.industriemonitor.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.web.Lang;

/**
 * Everything the overview shows for one month as known at one date: the headline of total
 * manufacturing and one row per branch with data.
 */
public record OverviewPage(Lang lang, YearMonth month, LocalDate asOf, Headline headline, List<BranchRow> rows,
                           String otherLangHref) {
}
