package nl.industriemonitor.analysis.lagging;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which lagging rules are on and their two parameters; a value so that a URL can be parsed into it
 * and every page built from the same link shows the same flags.
 */
public record RuleSettings(Set<LaggingRule> enabled, BigDecimal thresholdPoints, int streakLength) {

    /** DESIGN.md: "below total" means at least 2.0 points under total manufacturing. */
    public static final BigDecimal DEFAULT_THRESHOLD_POINTS = new BigDecimal("2.0");
    /** DESIGN.md: a losing streak is three or more months of decline. */
    public static final int DEFAULT_STREAK_LENGTH = 3;

    public RuleSettings {
        Objects.requireNonNull(thresholdPoints, "thresholdPoints");
        if (thresholdPoints.signum() < 0) {
            throw new IllegalArgumentException("threshold must not be negative: " + thresholdPoints);
        }
        if (streakLength < 1) {
            throw new IllegalArgumentException("streak length must be at least 1: " + streakLength);
        }
        // an EnumSet iterates in rule order whatever order the caller gave
        EnumSet<LaggingRule> copy = EnumSet.noneOf(LaggingRule.class);
        copy.addAll(enabled);
        enabled = Collections.unmodifiableSet(copy);
    }

    public static RuleSettings defaults() {
        return new RuleSettings(EnumSet.allOf(LaggingRule.class), DEFAULT_THRESHOLD_POINTS, DEFAULT_STREAK_LENGTH);
    }

    public RuleSettings withEnabled(Set<LaggingRule> rules) {
        return new RuleSettings(rules, thresholdPoints, streakLength);
    }

    public RuleSettings withThresholdPoints(BigDecimal points) {
        return new RuleSettings(enabled, points, streakLength);
    }

    public RuleSettings withStreakLength(int months) {
        return new RuleSettings(enabled, thresholdPoints, months);
    }

    public boolean isEnabled(LaggingRule rule) {
        return enabled.contains(rule);
    }

    /** True when nothing differs from the defaults, so a URL can leave the rule parameters out. */
    public boolean isDefault() {
        RuleSettings d = defaults();
        // compareTo, not equals: "2" and "2.0" from a URL are the same threshold
        return enabled.equals(d.enabled) && thresholdPoints.compareTo(d.thresholdPoints) == 0
                && streakLength == d.streakLength;
    }
}
