package nl.industriemonitor.imports.eurostat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything one Eurostat source (the bundled files, or one answer of the dissemination API) says, validated and
 * ready to be stored as one release: {@code published} is null only when the source states no date;
 * {@code sourceModified} is Eurostat's own "updated" stamp, null when it gave none.
 */
public record EurostatRelease(LocalDate published, boolean publishedExact, String source, LocalDateTime sourceModified,
                              List<EurostatCell> cells) {

    public EurostatRelease {
        cells = List.copyOf(cells);
    }
}
