package nl.industriemonitor.analysis;

import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;

/**
 * Which branches the pages rank as manufacturing's branches, and which they list apart as CBS's groups:
 * every part of manufacturing once. The divisions come first; an aggregate of CBS's (26-27, 29-30) stands
 * in for its divisions when none of them has a year-on-year figure, as in CBS's own release charts.
 */
public final class BranchLists {

    private BranchLists() {
    }

    /** The divisions, and each coded aggregate that stands in for divisions without a recent figure. */
    public static List<BranchInfo> main(DataView view, YearMonth month) {
        return view.branches().stream().filter(b -> b.division() || standsIn(view, b, month)).toList();
    }

    /** CBS's other aggregates and its groupings without code, within manufacturing. */
    public static List<BranchInfo> groups(DataView view, YearMonth month) {
        return view.branches().stream().filter(b -> b.aggregate() && !standsIn(view, b, month)).toList();
    }

    private static boolean standsIn(DataView view, BranchInfo aggregate, YearMonth month) {
        return aggregate.hasSbiCode() && aggregate.aggregate() && view.branches().stream()
                .filter(b -> b.division() && aggregate.covers(b.code()))
                .allMatch(b -> Recent.latestMonth(view, b.code(), Measure.YOY_CA, month).isEmpty());
    }
}
