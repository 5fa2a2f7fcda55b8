package nl.industriemonitor.revisions;

import java.math.BigDecimal;

import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;

/**
 * One published value of a figure, with its difference from the value published before it
 * ({@code change}, null for the first release): our own subtraction of two published numbers.
 */
public record Vintage(Figure figure, BigDecimal change, Measure measure) {

    /** Changes in % are compared in percentage points; indices in index points. */
    public boolean percent() {
        return RevisionsService.isPercent(measure);
    }
}
