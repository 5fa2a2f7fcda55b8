package nl.industriemonitor.imports;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a CBS branch title such as "20 Chemische industrie", "16+23 Hout- en …" or "C Industrie" into code and name. */
public record BranchTitle(String code, String name) {

    private static final Pattern CODED = Pattern.compile("^([A-U](?:-[A-U])?|\\d{2}(?:[-+]\\d{2})?)\\s+(\\S.*)$");

    /** Empty when the title carries no SBI code (a CBS grouping such as consumer goods). */
    public static Optional<BranchTitle> parse(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher m = CODED.matcher(title.strip());
        return m.matches() ? Optional.of(new BranchTitle(m.group(1), m.group(2).strip())) : Optional.empty();
    }
}
