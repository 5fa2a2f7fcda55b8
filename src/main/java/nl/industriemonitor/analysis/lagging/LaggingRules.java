package nl.industriemonitor.analysis.lagging;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.industriemonitor.analysis.Changes;
import nl.industriemonitor.analysis.MissingInput;
import nl.industriemonitor.analysis.MonthWindow;
import nl.industriemonitor.analysis.Recent;
import nl.industriemonitor.analysis.ThreeMonthChange;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;

/**
 * Evaluates the lagging rules of DESIGN.md for one branch at one month (the page's month). A rule
 * whose inputs are not all published says NO_DATA and names them; it never guesses.
 */
public final class LaggingRules {

    /** The 2021 level: every index in table 85806NED has 2021 = 100. */
    static final BigDecimal LEVEL_2021 = BigDecimal.valueOf(100);

    private LaggingRules() {
    }

    /** The enabled rules in {@link LaggingRule} order. */
    public static LaggingResults evaluate(DataView view, String branch, YearMonth month, RuleSettings settings) {
        List<RuleResult> results = new ArrayList<>();
        for (LaggingRule rule : settings.enabled()) {
            results.add(evaluate(rule, view, branch, month, settings));
        }
        return new LaggingResults(branch, month, results);
    }

    /**
     * The enabled rules, each at the latest month not after {@code month} in which the branch has the
     * rule's own measure, as DESIGN.md reads "latest month with data": a branch whose indices stop
     * earlier than its year-on-year changes is still judged. Each result carries its own month; a month
     * more than {@link Recent#MONTHS} before {@code month} is no latest month (the rule then says no data).
     */
    public static LaggingResults evaluateLatest(DataView view, String branch, YearMonth month,
                                                RuleSettings settings) {
        List<RuleResult> results = new ArrayList<>();
        for (LaggingRule rule : settings.enabled()) {
            YearMonth at = Recent.latestMonth(view, branch, rule.measure, month).orElse(month);
            results.add(evaluate(rule, view, branch, at, settings));
        }
        return new LaggingResults(branch, month, results);
    }

    public static RuleResult evaluate(LaggingRule rule, DataView view, String branch, YearMonth month,
                                      RuleSettings settings) {
        return switch (rule) {
            case BELOW_TOTAL -> belowTotal(view, branch, month, settings.thresholdPoints());
            case FALLING_TREND -> fallingTrend(view, branch, month);
            case BELOW_2021 -> below2021(view, branch, month);
            case LOSING_STREAK -> losingStreak(view, branch, month, settings.streakLength());
        };
    }

    /**
     * Holds when {@code yoy_ca(branch, m) ≤ yoy_ca(C, m) − threshold}, with the total as published
     * alongside the branch's figure.
     */
    public static RuleResult belowTotal(DataView view, String branch, YearMonth month, BigDecimal threshold) {
        if (BranchInfo.TOTAL.equals(branch)) {
            return RuleResult.notApplicable(LaggingRule.BELOW_TOTAL, month);
        }
        Optional<Figure> own = Changes.yearOnYear(view, branch, month);
        Optional<Figure> total = own.isPresent() ? Changes.totalYearOnYearAlongside(view, own.get(), month)
                : Changes.yearOnYear(view, BranchInfo.TOTAL, month);
        List<MissingInput> missing = new ArrayList<>();
        if (own.isEmpty()) {
            missing.add(new MissingInput(branch, month, Measure.YOY_CA));
        }
        if (total.isEmpty()) {
            missing.add(new MissingInput(BranchInfo.TOTAL, month, Measure.YOY_CA));
        }
        if (!missing.isEmpty()) {
            return RuleResult.noData(LaggingRule.BELOW_TOTAL, month, missing);
        }
        RuleEvidence.BelowTotal evidence =
                new RuleEvidence.BelowTotal(own.get().amount(), total.get().amount(), threshold);
        return RuleResult.decided(LaggingRule.BELOW_TOTAL, month,
                evidence.value().compareTo(evidence.limit()) <= 0, evidence);
    }

    /** Holds when the 3m/3m change of {@code index_sa} is below zero. */
    public static RuleResult fallingTrend(DataView view, String branch, YearMonth month) {
        Optional<ThreeMonthChange> change = Changes.threeMonthChange(view, branch, month);
        if (change.isEmpty()) {
            return RuleResult.noData(LaggingRule.FALLING_TREND, month, unusable(view, branch, month));
        }
        ThreeMonthChange c = change.get();
        return RuleResult.decided(LaggingRule.FALLING_TREND, month, c.change().signum() < 0,
                new RuleEvidence.FallingTrend(c.change(), c.recentAverage(), c.earlierAverage()));
    }

    /** Holds when the average {@code index_sa} of m-2..m is below 100. */
    public static RuleResult below2021(DataView view, String branch, YearMonth month) {
        MonthWindow window = MonthWindow.ending(view, branch, Measure.INDEX_SA, month, 3);
        Optional<BigDecimal> average = window.average();
        if (average.isEmpty()) {
            return RuleResult.noData(LaggingRule.BELOW_2021, month, window.missing());
        }
        return RuleResult.decided(LaggingRule.BELOW_2021, month, average.get().compareTo(LEVEL_2021) < 0,
                new RuleEvidence.Below2021(average.get(), LEVEL_2021));
    }

    /** Holds when {@code mom_sa} is negative for at least {@code length} months in a row ending at m. */
    public static RuleResult losingStreak(DataView view, String branch, YearMonth month, int length) {
        int streak = 0;
        YearMonth cursor = month;
        Optional<Figure> figure = Changes.monthOnMonth(view, branch, cursor);
        // The full run is counted, not just the required months, so a page can say how long it is.
        while (figure.isPresent() && figure.get().amount().signum() < 0) {
            streak++;
            cursor = cursor.minusMonths(1);
            figure = Changes.monthOnMonth(view, branch, cursor);
        }
        if (streak >= length || figure.isPresent()) {
            return RuleResult.decided(LaggingRule.LOSING_STREAK, month, streak >= length,
                    new RuleEvidence.LosingStreak(streak, length));
        }
        // The run stopped at a gap inside the required months. All gaps a verdict would need are
        // named, not only the first, so the page shows at once everything that is missing.
        YearMonth windowStart = month.minusMonths(length - 1L);
        List<MissingInput> missing = new ArrayList<>();
        for (; !cursor.isBefore(windowStart); cursor = cursor.minusMonths(1)) {
            Optional<Figure> f = Changes.monthOnMonth(view, branch, cursor);
            if (f.isEmpty()) {
                missing.add(new MissingInput(branch, cursor, Measure.MOM_SA));
            } else if (f.get().amount().signum() >= 0) {
                break;
            }
        }
        return RuleResult.noData(LaggingRule.LOSING_STREAK, month, missing);
    }

    /**
     * A 3m/3m change is empty for a missing month, or (in theory) for an earlier average of zero,
     * which cannot serve as a base; then those three months are the inputs we lack.
     */
    private static List<MissingInput> unusable(DataView view, String branch, YearMonth month) {
        MonthWindow six = MonthWindow.ending(view, branch, Measure.INDEX_SA, month, 6);
        if (!six.complete()) {
            return six.missing();
        }
        List<MissingInput> earlier = new ArrayList<>();
        for (int back = 5; back >= 3; back--) {
            earlier.add(new MissingInput(branch, month.minusMonths(back), Measure.INDEX_SA));
        }
        return earlier;
    }
}
