package nl.industriemonitor.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import nl.industriemonitor.data.Dataset;

/**
 * Everything one source says about one release (vintage) of one CBS table, validated and ready to
 * be stored in one transaction. {@code published} is null only when the source states no date;
 * {@code sourceModified} is the source's own "last changed" stamp (CBS TableInfos.Modified), null
 * when it has none.
 */
public record ReleaseBatch(Dataset dataset, LocalDate published, boolean publishedExact, String source,
                           List<ImportedCell> cells, LocalDateTime sourceModified) {

    public ReleaseBatch {
        cells = List.copyOf(cells);
    }

    public ReleaseBatch(Dataset dataset, LocalDate published, boolean publishedExact, String source,
                        List<ImportedCell> cells) {
        this(dataset, published, publishedExact, source, cells, null);
    }
}
