package nl.industriemonitor.cycle;

import java.math.BigDecimal;

/**
 * Where a branch stands in its cycle: above or below a year earlier ({@code yoy_ca} &gt; 0) and rising or not over
 * three months (3m/3m change of {@code index_sa} &gt; 0). Zero counts as not above and not rising.
 */
public enum Quadrant {
    GROWTH("growth"), SLOWING("slowing"), CONTRACTION("contraction"), RECOVERY("recovery");

    public final String code;

    Quadrant(String code) {
        this.code = code;
    }

    public static Quadrant of(BigDecimal yoy, BigDecimal momentum) {
        boolean above = yoy.signum() > 0;
        boolean rising = momentum.signum() > 0;
        if (above) {
            return rising ? GROWTH : SLOWING;
        }
        return rising ? RECOVERY : CONTRACTION;
    }
}
