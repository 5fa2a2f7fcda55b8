package nl.industriemonitor.analysis.lagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.analysis.summary.BundledData;
import nl.industriemonitor.data.Snapshot;

/** The lagging switches of real publications in the bundled data, with the numbers behind them. */
class LaggingSwitchesTest {

    @Test
    void tenMarch2026StartedTheFallingTrendOfTotalAndPharmaAndPharmaBelow2021() throws Exception {
        List<LaggingSwitches.Switch> switches = of("2026-03-10");
        assertThat(switches).extracting(s -> s.rule() + " " + s.branch().code() + " " + s.started())
                .containsExactly("FALLING_TREND C true", "FALLING_TREND 21 true", "BELOW_2021 21 true");
        LaggingSwitches.Switch pharma = switches.get(1);
        // 2025-02 (the latest index of pharma before: the full table of 10 April 2025) against January 2026
        assertThat(pharma.before().month()).isEqualTo(YearMonth.of(2025, 2));
        assertThat(round(pharma.before().fallingTrend().change())).isEqualByComparingTo("12.0");
        assertThat(pharma.after().month()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(round(pharma.after().fallingTrend().change())).isEqualByComparingTo("-11.6");
        // total manufacturing had no seasonally adjusted index of July 2025 and the months before it in the data
        assertThat(switches.get(0).before().outcome()).isEqualTo(Outcome.NO_DATA);
        assertThat(round(switches.get(2).after().below2021().average())).isEqualByComparingTo("98.2");
    }

    @Test
    void nineJanuary2026ChemicalsStoppedBeingBelowTotal() throws Exception {
        // October 2025: −3.9 against a total of +1.9; November 2025, first published: −0.7 against +0.7
        assertThat(of("2026-01-09")).singleElement().satisfies(s -> {
            assertThat(s.branch().code()).isEqualTo("20");
            assertThat(s.started()).isFalse();
            assertThat(s.before().belowTotal().value()).isEqualByComparingTo("-3.9");
            assertThat(s.after().belowTotal().value()).isEqualByComparingTo("-0.7");
            assertThat(s.after().belowTotal().reference()).isEqualByComparingTo("0.7");
        });
    }

    @Test
    void aPublicationWithoutNewMonthsSwitchesNothingAndTheFirstHasNothingToCompare() throws Exception {
        assertThat(of("2026-06-10")).isEmpty();
        Snapshot s = BundledData.snapshot();
        assertThat(LaggingSwitches.between(s.asOf(LocalDate.of(2024, 3, 10)), s.asOf(LocalDate.of(2024, 3, 11)),
                s.latest().branches(), RuleSettings.defaults())).isEmpty();
    }

    static List<LaggingSwitches.Switch> of(String date) throws Exception {
        return LaggingSwitches.of(BundledData.snapshot(), LocalDate.parse(date));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
