package nl.industriemonitor.releases;

import java.time.LocalDate;
import java.util.List;

import nl.industriemonitor.analysis.lagging.LaggingSwitches;

/** What the newest publication of production figures switched in the lagging picture, for the overview. */
public record LatestSwitches(LocalDate date, List<LaggingSwitches.Switch> switches) {
}
