package nl.industriemonitor.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the database can hold and what a CBS figure can plausibly be, checked while a file is read, so that
 * a file the preview accepted can never fail (or be silently rounded) when it is stored.
 */
public final class ImportLimits {

    /** {@code observation_series.amounts} holds decimal(14,4): ten digits before the point, four after. */
    static final BigDecimal AMOUNT_BOUND = new BigDecimal("1e10");
    static final int AMOUNT_DECIMALS = 4;
    /** Longer than any figure of decimal(14,4) written out, with room for a sign, zeros and an exponent. */
    static final int NUMBER_CHARACTERS = 40;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    /** Column sizes of the schema (V1__schema.sql). */
    static final int BRANCH_CODE = 40;
    static final int BRANCH_TITLE = 200;
    static final int CELL_SOURCE = 500;
    static final int RELEASE_SOURCE = 4000;
    /** How much of a bad value a message quotes: enough to find it, never a whole 1 MB line. */
    private static final int QUOTED = 60;

    private ImportLimits() {
    }

    /** Why a number cannot be stored, or null when it can. */
    public static String amountProblem(BigDecimal amount) {
        if (amount.abs().compareTo(AMOUNT_BOUND) >= 0) {
            return quote(amount.toString()) + " is too large (at most 10 digits before the decimal point)";
        }
        // compare the scale before stripping: stripTrailingZeros on a scale of a billion is cheap, rounding is not
        if (amount.scale() > AMOUNT_DECIMALS && amount.stripTrailingZeros().scale() > AMOUNT_DECIMALS) {
            return quote(amount.toString()) + " has more than " + AMOUNT_DECIMALS + " decimals";
        }
        return null;
    }

    public static boolean plausible(YearMonth month) {
        return month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR;
    }

    static boolean plausible(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    static String yearsAllowed() {
        return "a year from " + FIRST_YEAR + " to " + LAST_YEAR;
    }

    /** A problem when {@code text} is longer than the column holds; adds nothing otherwise. */
    static void length(String text, int max, String where, String column, List<ImportProblem> problems) {
        if (text != null && text.length() > max) {
            problems.add(new ImportProblem(where, column, "is " + text.length() + " characters long, at most "
                    + max + " fit"));
        }
    }

    /** A value in quotes for a message, cut to a readable length. */
    public static String quote(String raw) {
        return "'" + cut(raw) + "'";
    }

    /** A value for a message, cut to a readable length. */
    static String cut(String raw) {
        return raw.length() <= QUOTED ? raw : raw.substring(0, QUOTED) + "… (" + raw.length() + " characters)";
    }
}
