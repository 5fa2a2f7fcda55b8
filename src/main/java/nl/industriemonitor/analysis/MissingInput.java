package nl.industriemonitor.analysis;

import java.time.YearMonth;
import nl.industriemonitor.data.Measure;

/** One published figure a calculation needed but the data do not hold, so a page can name the gap. */
public record MissingInput(String branch, YearMonth month, Measure measure) {
}
