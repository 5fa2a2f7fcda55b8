package nl.industriemonitor.imports.eurostat;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One Eurostat figure read from a source, before it is stored: division, country, month, amount as published
 * and Eurostat's status flag (null when none was given); {@code origin} says where it was read, for messages.
 */
public record EurostatCell(String nace, String geo, YearMonth month, BigDecimal amount, String flag, String origin) {

    /** The same figure in another release: amount compared by value (85.80 is 85.8), flag as given. */
    boolean sameAs(BigDecimal otherAmount, String otherFlag) {
        return amount.compareTo(otherAmount) == 0 && java.util.Objects.equals(flag, otherFlag);
    }
}
