package nl.industriemonitor.analysis.lagging;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import nl.industriemonitor.analysis.MissingInput;

/**
 * One rule evaluated for one branch and month. {@code evidence} is set exactly when the rule was
 * decided (HOLDS or DOES_NOT_HOLD); {@code missing} is non-empty exactly when it is NO_DATA.
 */
public record RuleResult(LaggingRule rule, Outcome outcome, YearMonth month, RuleEvidence evidence,
                         List<MissingInput> missing) {

    public RuleResult {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(outcome);
        missing = List.copyOf(missing);
        boolean decided = outcome == Outcome.HOLDS || outcome == Outcome.DOES_NOT_HOLD;
        if (decided != (evidence != null) || (outcome == Outcome.NO_DATA) == missing.isEmpty()) {
            // keeps a template from ever printing a reason without numbers or "no data" without a gap
            throw new IllegalArgumentException("inconsistent " + outcome + " result for " + rule.id);
        }
    }

    static RuleResult decided(LaggingRule rule, YearMonth month, boolean holds, RuleEvidence evidence) {
        return new RuleResult(rule, holds ? Outcome.HOLDS : Outcome.DOES_NOT_HOLD, month, evidence, List.of());
    }

    static RuleResult noData(LaggingRule rule, YearMonth month, List<MissingInput> missing) {
        return new RuleResult(rule, Outcome.NO_DATA, month, null, missing);
    }

    static RuleResult notApplicable(LaggingRule rule, YearMonth month) {
        return new RuleResult(rule, Outcome.NOT_APPLICABLE, month, null, List.of());
    }

    public boolean holds() {
        return outcome == Outcome.HOLDS;
    }

    // Typed views of the evidence, so type-checked templates can reach the numbers without casts.

    public RuleEvidence.BelowTotal belowTotal() {
        return evidence instanceof RuleEvidence.BelowTotal e ? e : null;
    }

    public RuleEvidence.FallingTrend fallingTrend() {
        return evidence instanceof RuleEvidence.FallingTrend e ? e : null;
    }

    public RuleEvidence.Below2021 below2021() {
        return evidence instanceof RuleEvidence.Below2021 e ? e : null;
    }

    public RuleEvidence.LosingStreak losingStreak() {
        return evidence instanceof RuleEvidence.LosingStreak e ? e : null;
    }
}
