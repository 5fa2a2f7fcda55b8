package nl.industriemonitor.data;

import java.math.BigDecimal;

/**
 * One published number with the release it comes from, how final CBS called it, and the
 * publication it was taken from.
 */
public record Figure(BigDecimal amount, FigureStatus status, ReleaseInfo release, String source) {

    public Figure(BigDecimal amount, boolean provisional, ReleaseInfo release, String source) {
        this(amount, FigureStatus.of(provisional), release, source);
    }

    public Figure(BigDecimal amount, boolean provisional, ReleaseInfo release) {
        this(amount, provisional, release, release.source());
    }

    /** Not definitive: voorlopig or nader voorlopig. */
    public boolean provisional() {
        return status.provisional();
    }

    /** Revised once and still provisional: CBS prints {@code **}. */
    public boolean revisedProvisional() {
        return status.revisedProvisional();
    }
}
