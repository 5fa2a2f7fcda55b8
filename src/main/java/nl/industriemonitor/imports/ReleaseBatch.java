package nl.industriemonitor.imports;

import java.time.LocalDate;
import java.util.List;

import nl.industriemonitor.data.Dataset;

/**
 * Everything one source says about one release (vintage) of one CBS table, validated and ready to
 * be stored in one transaction. {@code published} is null only when the source states no date.
 */
public record ReleaseBatch(Dataset dataset, LocalDate published, boolean publishedExact, String source,
                           List<ImportedCell> cells) {

    public ReleaseBatch {
        cells = List.copyOf(cells);
    }
}
