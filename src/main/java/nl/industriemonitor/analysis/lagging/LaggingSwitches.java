package nl.industriemonitor.analysis.lagging;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.industriemonitor.analysis.BranchLists;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;

/**
 * Which branches started or stopped lagging under each rule between two states of the data (the day before a
 * publication and its day), each judged as the overview judges it: every rule at the branch's latest month up
 * to the newest month of total manufacturing's year-on-year change. A rule that starts to hold after holding
 * not or having no data started; one that held and is decided not to hold any more stopped; a rule that only
 * loses its data is no switch.
 */
public final class LaggingSwitches {

    /** One rule of one branch that switched, with the results either side (their numbers are the reason). */
    public record Switch(BranchInfo branch, LaggingRule rule, boolean started, RuleResult before, RuleResult after) {
    }

    private LaggingSwitches() {
    }

    /**
     * What the publication of {@code date} switched, with the default rules: total manufacturing, its branches and
     * CBS's groups as the overview lists them on that day, from the day before to that day.
     */
    public static List<Switch> of(Snapshot snapshot, LocalDate date) {
        DataView after = snapshot.asOf(date);
        Optional<YearMonth> month = after.latestMonth(BranchInfo.TOTAL, Measure.YOY_CA);
        if (month.isEmpty()) {
            return List.of();
        }
        List<BranchInfo> branches = new ArrayList<>();
        after.branch(BranchInfo.TOTAL).ifPresent(branches::add);
        branches.addAll(BranchLists.main(after, month.get()));
        branches.addAll(BranchLists.groups(after, month.get()));
        return between(snapshot.asOf(date.minusDays(1)), after, branches, RuleSettings.defaults());
    }

    /** Switches of {@code branches} from {@code before} to {@code after}, in rule order, started first; none
     * when either state has no month of total manufacturing. */
    public static List<Switch> between(DataView before, DataView after, List<BranchInfo> branches,
                                       RuleSettings settings) {
        Optional<YearMonth> from = before.latestMonth(BranchInfo.TOTAL, Measure.YOY_CA);
        Optional<YearMonth> to = after.latestMonth(BranchInfo.TOTAL, Measure.YOY_CA);
        if (from.isEmpty() || to.isEmpty()) {
            return List.of();
        }
        List<Switch> switches = new ArrayList<>();
        for (BranchInfo branch : branches) {
            LaggingResults was = LaggingRules.evaluateLatest(before, branch.code(), from.get(), settings);
            LaggingResults is = LaggingRules.evaluateLatest(after, branch.code(), to.get(), settings);
            for (RuleResult now : is.results()) {
                RuleResult then = was.result(now.rule()).orElseThrow();
                if (now.holds() && !then.holds()) {
                    switches.add(new Switch(branch, now.rule(), true, then, now));
                } else if (then.holds() && now.outcome() == Outcome.DOES_NOT_HOLD) {
                    switches.add(new Switch(branch, now.rule(), false, then, now));
                }
            }
        }
        // stable: the branches' own order within a rule and direction
        switches.sort(Comparator.comparing(Switch::rule).thenComparing(s -> !s.started()));
        return switches;
    }
}
