package nl.industriemonitor.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;

/** The stored publication dates of table 85806NED, each with the newest month it held a figure of. */
public final class Publications {

    private Publications() {
    }

    /** Dated publications of production figures, oldest first; undated releases and producer confidence left out. */
    public static List<ReleaseCalendar.Publication> of(Snapshot snapshot) {
        Map<LocalDate, YearMonth> newest = new TreeMap<>();
        for (BranchInfo branch : snapshot.latest().branches()) {
            for (Measure measure : Measure.values()) {
                if (measure.dataset != Dataset.PRODUCTION) {
                    continue;
                }
                snapshot.newestMonths(branch.code(), measure, (release, month) -> {
                    if (release.published() != null) {
                        newest.merge(release.published(), month, (a, b) -> a.isAfter(b) ? a : b);
                    }
                });
            }
        }
        return newest.entrySet().stream().map(e -> new ReleaseCalendar.Publication(e.getKey(), e.getValue())).toList();
    }
}
