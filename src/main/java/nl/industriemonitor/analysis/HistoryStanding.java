package nl.industriemonitor.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;

import nl.industriemonitor.data.Figure;

/**
 * Where a branch's seasonally adjusted index of one month stands in its own history, as published at
 * one date: the lowest or highest since a named month, a record since the series began, or neither;
 * and its distance to the branch's 2021 average. Built by {@link LongHistory}.
 *
 * @param value      the month's index (null: none published, and nothing else is said)
 * @param extreme    lowest, highest, or neither over at least {@link LongHistory#MIN_MONTHS} months
 * @param since      the latest earlier month at least as low (high), which the statement names; null for a
 *                   record or when the unbroken figures end before such a month
 * @param sinceValue that month's index
 * @param judgedFrom when the reading back reached a gap or the series' first month before it found a month
 *                   as low (high): the first month of the unbroken run, how far back the statement can judge;
 *                   null when it did not need to go that far
 * @param seriesStart true when {@code judgedFrom} is the first month the branch has at all (no gap before it)
 * @param average2021 mean index of the twelve months of 2021 (null unless all twelve are published)
 * @param versus2021  {@code value} against that mean, in % (our own calculation)
 */
public record HistoryStanding(String branch, YearMonth month, Figure value, Extreme extreme, YearMonth since,
                              Figure sinceValue, YearMonth judgedFrom, boolean seriesStart,
                              BigDecimal average2021, BigDecimal versus2021) {

    /** Whether the month is the lowest or highest of its unbroken history since a month, or neither. */
    public enum Extreme { LOWEST, HIGHEST, NONE }

    public boolean hasValue() {
        return value != null;
    }

    public boolean lowest() {
        return extreme == Extreme.LOWEST;
    }

    public boolean highest() {
        return extreme == Extreme.HIGHEST;
    }

    /** Lowest or highest since a named earlier month. */
    public boolean sinceMonth() {
        return extreme != Extreme.NONE && since != null;
    }

    /** Lower (higher) than every month since the series began: a record. */
    public boolean record() {
        return extreme != Extreme.NONE && since == null && seriesStart;
    }

    /** Lower (higher) than every month back to a gap: the statement can judge only from {@code judgedFrom}. */
    public boolean sinceGap() {
        return extreme != Extreme.NONE && since == null && !seriesStart;
    }

    /**
     * The statement as a word for downloads: lowest_since, highest_since, record_low, record_high,
     * lowest_since_at_least, highest_since_at_least, too_short, none; null without a value.
     */
    public String code() {
        if (value == null) {
            return null;
        }
        String side = lowest() ? "lowest" : "highest";
        return sinceMonth() ? side + "_since" : record() ? "record_" + (lowest() ? "low" : "high")
                : sinceGap() ? side + "_since_at_least" : tooShort() ? "too_short" : "none";
    }

    /** The month the statement names: the month compared with, or from when it judges; null when none. */
    public YearMonth namedMonth() {
        return since != null ? since : extreme != Extreme.NONE || tooShort() ? judgedFrom : null;
    }

    /** Too few unbroken months before this one to call anything the lowest or highest. */
    public boolean tooShort() {
        return value != null && extreme == Extreme.NONE && judgedFrom != null
                && LongHistory.monthsBetween(judgedFrom, month) < LongHistory.MIN_MONTHS;
    }
}
