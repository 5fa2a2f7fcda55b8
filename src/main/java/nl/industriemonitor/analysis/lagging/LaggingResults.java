package nl.industriemonitor.analysis.lagging;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The enabled rules' results for one branch and month, in rule order. */
public record LaggingResults(String branch, YearMonth month, List<RuleResult> results) {

    public LaggingResults {
        results = List.copyOf(results);
    }

    public boolean anyHolds() {
        return results.stream().anyMatch(RuleResult::holds);
    }

    public List<RuleResult> holding() {
        return results.stream().filter(RuleResult::holds).toList();
    }

    public Optional<RuleResult> result(LaggingRule rule) {
        return results.stream().filter(r -> r.rule() == rule).findFirst();
    }
}
