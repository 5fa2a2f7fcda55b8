package nl.industriemonitor.data;

import java.util.Locale;
import java.util.Optional;

/**
 * How final CBS calls a period's figures: definitief, nader voorlopig (revised once and still
 * provisional, printed {@code **}) or voorlopig (printed {@code *}). Ordered from final to least final.
 */
public enum FigureStatus {
    DEFINITIEF("Definitief", ""),
    NADER_VOORLOPIG("NaderVoorlopig", "**"),
    VOORLOPIG("Voorlopig", "*");

    /** The value of {@code Status} in CBS's {@code Perioden} rows. */
    public final String cbsKey;
    /** What CBS prints after the period's title. */
    public final String mark;

    FigureStatus(String cbsKey, String mark) {
        this.cbsKey = cbsKey;
        this.mark = mark;
    }

    /** The two-state meaning that storage knows today: anything not definitive is provisional. */
    public boolean provisional() {
        return this != DEFINITIEF;
    }

    /** Revised once and still provisional ({@code **}). */
    public boolean revisedProvisional() {
        return this == NADER_VOORLOPIG;
    }

    public static FigureStatus of(boolean provisional) {
        return provisional ? VOORLOPIG : DEFINITIEF;
    }

    /** CBS's {@code Status} value, case and blanks ignored; empty for a value CBS does not use. */
    public static Optional<FigureStatus> byCbsKey(String status) {
        if (status == null) {
            return Optional.empty();
        }
        String wanted = status.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        for (FigureStatus s : values()) {
            if (s.cbsKey.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The status a period title's trailing mark states ({@code **}, {@code *}); empty when it has none. */
    public static Optional<FigureStatus> byMark(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String t = title.strip();
        return t.endsWith("**") ? Optional.of(NADER_VOORLOPIG) : t.endsWith("*") ? Optional.of(VOORLOPIG) : Optional.empty();
    }

    /** The less final of two statements about one figure: provisional if any source says so. */
    public FigureStatus leastFinal(FigureStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Name in the CSV and JSON downloads. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
