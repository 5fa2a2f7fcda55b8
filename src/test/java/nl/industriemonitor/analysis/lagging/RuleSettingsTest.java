package nl.industriemonitor.analysis.lagging;

import static nl.industriemonitor.analysis.RealFigures.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSettingsTest {

    @Test
    void defaultsAreThoseOfTheDesign() {
        RuleSettings defaults = RuleSettings.defaults();

        assertEquals(EnumSet.allOf(LaggingRule.class), defaults.enabled());
        assertAmount("2.0", defaults.thresholdPoints());
        assertEquals(3, defaults.streakLength());
        assertTrue(defaults.isDefault());
    }

    @Test
    void ruleIdsAreStableLowercaseUrlIds() {
        assertEquals(List.of("below-total", "falling-trend", "below-2021", "losing-streak"),
                List.of(LaggingRule.values()).stream().map(LaggingRule::id).toList());
        assertEquals(Optional.of(LaggingRule.BELOW_2021), LaggingRule.byId("below-2021"));
        assertTrue(LaggingRule.byId("BELOW_2021").isEmpty());
    }

    @Test
    void enabledRulesKeepRuleOrderWhateverOrderTheyCameIn() {
        RuleSettings settings = RuleSettings.defaults()
                .withEnabled(Set.of(LaggingRule.LOSING_STREAK, LaggingRule.BELOW_TOTAL));

        assertEquals(List.of(LaggingRule.BELOW_TOTAL, LaggingRule.LOSING_STREAK), List.copyOf(settings.enabled()));
        assertFalse(settings.isEnabled(LaggingRule.FALLING_TREND));
        assertFalse(settings.isDefault());
        assertTrue(RuleSettings.defaults().withEnabled(Set.of()).enabled().isEmpty());
    }

    @Test
    void parametersCanBeChangedAndAreChecked() {
        RuleSettings settings = RuleSettings.defaults().withThresholdPoints(new BigDecimal("1.5")).withStreakLength(4);

        assertAmount("1.5", settings.thresholdPoints());
        assertEquals(4, settings.streakLength());
        assertTrue(RuleSettings.defaults().withThresholdPoints(new BigDecimal("2")).isDefault());
        assertThrows(IllegalArgumentException.class, () -> settings.withStreakLength(0));
        assertThrows(IllegalArgumentException.class, () -> settings.withThresholdPoints(new BigDecimal("-1")));
    }
}
