package nl.industriemonitor.compare;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Measure;

/**
 * One comparison as its URL describes it, checked and with defaults filled in; {@code toGiven}
 * tells whether the end month was chosen or is the latest month with data (the form keeps that open).
 */
public record CompareQuery(List<BranchInfo> branches, Measure measure, YearMonth from, YearMonth to,
                           boolean toGiven, YearMonth rebase, LocalDate asOf) {

    public CompareQuery {
        branches = List.copyOf(branches);
    }

    public boolean rebased() {
        return rebase != null;
    }

    public boolean index() {
        return isIndex(measure);
    }

    static boolean isIndex(Measure measure) {
        return measure == Measure.INDEX || measure == Measure.INDEX_SA;
    }
}
