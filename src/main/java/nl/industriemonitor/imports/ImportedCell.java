package nl.industriemonitor.imports;

import java.math.BigDecimal;
import java.time.YearMonth;

import nl.industriemonitor.data.FigureStatus;
import nl.industriemonitor.data.Measure;

/**
 * One value read from a source, before it is stored. {@code origin} says where it was read
 * ("line 12", "TypedDataSet ID 4711") so that a refusal can name it; {@code source} names the
 * publication the figure was taken from when it differs per figure (null: the release's source);
 * {@code status} is how final CBS called the period (definitief, nader voorlopig, voorlopig).
 */
public record ImportedCell(String branchCode, String branchTitle, YearMonth month, Measure measure,
                           BigDecimal amount, FigureStatus status, String origin, String source) {

    public ImportedCell(String branchCode, String branchTitle, YearMonth month, Measure measure,
                        BigDecimal amount, boolean provisional, String origin, String source) {
        this(branchCode, branchTitle, month, measure, amount, FigureStatus.of(provisional), origin, source);
    }

    public ImportedCell(String branchCode, String branchTitle, YearMonth month, Measure measure,
                        BigDecimal amount, boolean provisional, String origin) {
        this(branchCode, branchTitle, month, measure, amount, provisional, origin, null);
    }

    /** Not definitive (voorlopig or nader voorlopig): the two states that storage keeps today. */
    public boolean provisional() {
        return status.provisional();
    }
}
