package nl.industriemonitor.data;

import java.math.BigDecimal;

/**
 * One published number with the release it comes from, whether CBS called it provisional, and
 * the publication it was taken from.
 */
public record Figure(BigDecimal amount, boolean provisional, ReleaseInfo release, String source) {

    public Figure(BigDecimal amount, boolean provisional, ReleaseInfo release) {
        this(amount, provisional, release, release.source());
    }
}
