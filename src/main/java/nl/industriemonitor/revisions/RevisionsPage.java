package nl.industriemonitor.revisions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Lang;

/**
 * Every published value of one figure (branch, month, measure) as known at one date, oldest first,
 * with the total revision from the first release to the latest.
 */
public record RevisionsPage(Lang lang, BranchInfo branch, YearMonth month, Measure measure, String measureLabel,
                            LocalDate asOf, List<Vintage> vintages, ChartData chart, List<BranchInfo> branches,
                            List<Option> measures, String otherLangHref) {

    /** One choice of the measure field. */
    public record Option(String code, String label, boolean selected) {
    }

    public boolean percent() {
        return RevisionsService.isPercent(measure);
    }

    public Vintage first() {
        return vintages.get(0);
    }

    public Vintage latest() {
        return vintages.get(vintages.size() - 1);
    }

    public boolean revised() {
        return vintages.size() > 1;
    }

    /** Latest minus first published value: our own subtraction, in points. */
    public BigDecimal revision() {
        return latest().figure().amount().subtract(first().figure().amount());
    }
}
