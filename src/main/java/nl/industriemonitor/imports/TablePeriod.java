package nl.industriemonitor.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.industriemonitor.data.FigureStatus;

/**
 * The cells of a table with titles in place of keys: period titles as CBS prints them ("2025 februari*",
 * "2025 1e kwartaal", "2025"; the English table's "2025 February") and numbers with a decimal point.
 */
final class TablePeriod {

    private static final Pattern MONTH = Pattern.compile("^(\\d{4})\\s+(\\p{L}+)\\s*\\*{0,2}$");
    private static final Pattern OTHER = Pattern.compile(
            "^\\d{4}(\\s+(\\d)(e|st|nd|rd|th)\\s+(kwartaal|quarter))?\\s*\\*{0,2}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maart", 3), Map.entry("april", 4),
            Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("augustus", 8),
            Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("october", 10));

    private TablePeriod() {
    }

    static boolean isMonth(String title) {
        Matcher m = MONTH.matcher(title.strip());
        return m.matches() && MONTHS.containsKey(m.group(2).toLowerCase(Locale.ROOT));
    }

    /** True for a quarter or year (skipped); anything else is a problem of its own. */
    static boolean check(String title, String where, List<ImportProblem> problems) {
        if (OTHER.matcher(title.strip()).matches()) {
            return true;
        }
        problems.add(new ImportProblem(where, CbsTableReader.PERIODS, ImportLimits.quote(title)
                + " is not a period as CBS titles them (2025 februari, 2025 1e kwartaal, 2025)"));
        return false;
    }

    /** The month of a title that {@link #isMonth} accepted; null (and a problem) when out of range. */
    static YearMonth month(String title, String where, List<ImportProblem> problems) {
        Matcher m = MONTH.matcher(title.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a month title: " + title);
        }
        YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)));
        if (ImportLimits.plausible(month)) {
            return month;
        }
        problems.add(new ImportProblem(where, CbsTableReader.PERIODS, ImportLimits.quote(title)
                + " is out of range (expected " + ImportLimits.yearsAllowed() + ")"));
        return null;
    }

    /**
     * A period's status when the file marks none (cbsodata writes titles without CBS's {@code *}): the rule
     * of SOURCES.md E, by which a month of year Y is provisional until five months after Y, i.e. when the
     * release is before 1 June of Y+1. Voorlopig, since nothing says which months were revised once.
     */
    static FigureStatus inferredStatus(YearMonth month, LocalDate published) {
        if (published == null) {
            return FigureStatus.VOORLOPIG;
        }
        return published.isBefore(LocalDate.of(month.getYear() + 1, 6, 1)) ? FigureStatus.VOORLOPIG
                : FigureStatus.DEFINITIEF;
    }

    /** An empty cell or CBS's {@code .} is no figure (null); a bad one is a problem naming line and column. */
    static BigDecimal number(String raw, String where, String column, List<ImportProblem> problems) {
        String text = raw.strip();
        if (text.isEmpty() || text.equals(".")) {
            return null;
        }
        if (text.length() > ImportLimits.NUMBER_CHARACTERS || !NUMBER.matcher(text).matches()) {
            problems.add(new ImportProblem(where, column, ImportLimits.quote(text)
                    + " is not a number as CBS writes them (a decimal point, e.g. -0.3)"));
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        String tooBig = ImportLimits.amountProblem(amount);
        if (tooBig != null) {
            problems.add(new ImportProblem(where, column, tooBig));
            return null;
        }
        return amount;
    }
}
