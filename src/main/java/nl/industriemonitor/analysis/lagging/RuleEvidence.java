package nl.industriemonitor.analysis.lagging;

import java.math.BigDecimal;
import java.math.MathContext;

/** The numbers behind a decided rule, one record per rule, so a page can print the reason. */
public sealed interface RuleEvidence {

    /** Holds when {@code value ≤ reference − threshold}; value and reference are {@code yoy_ca} in %. */
    record BelowTotal(BigDecimal value, BigDecimal reference, BigDecimal threshold) implements RuleEvidence {

        /** The line the branch has to stay above: total minus the threshold. */
        public BigDecimal limit() {
            return reference.subtract(threshold, MathContext.DECIMAL64);
        }
    }

    /** Holds when the 3m/3m {@code change} (%) is below zero; the averages are of {@code index_sa}. */
    record FallingTrend(BigDecimal change, BigDecimal recentAverage, BigDecimal earlierAverage)
            implements RuleEvidence {
    }

    /** Holds when the 3-month {@code average} of {@code index_sa} is below {@code level} (2021 = 100). */
    record Below2021(BigDecimal average, BigDecimal level) implements RuleEvidence {
    }

    /**
     * Holds when {@code streak}, the count of consecutive months of negative {@code mom_sa} ending at
     * the month (counted back as far as the data go), reaches {@code required}.
     */
    record LosingStreak(int streak, int required) implements RuleEvidence {
    }
}
