package nl.industriemonitor.cycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.web.Lang;

/**
 * The cycle view: the placed branches as the table prints them, those set apart with their reason, the scatter's
 * data for {@code js/charts.js} and the positions themselves for the downloads and the image.
 */
public record CyclePage(Lang lang, YearMonth month, LocalDate asOf, List<Row> rows, List<ApartRow> apart,
                        String chartJson, String chartAlt, CyclePositions.Result result, List<ReleaseInfo> releases,
                        String otherLangHref) {

    /** One placed branch, formatted. */
    public record Row(String code, String name, boolean hasSbiCode, String yoy, String momentum, String quadrant,
                      String quadrantCode, String since, String trail) {
    }

    public record ApartRow(String code, String name, String reason) {
    }
}
