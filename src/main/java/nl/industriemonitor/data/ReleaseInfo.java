package nl.industriemonitor.data;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One published vintage as the pages see it. {@code published} is null when the source gave no
 * release date; such a release counts as the newest but never appears in an "as of" view.
 */
public record ReleaseInfo(long id, Dataset dataset, LocalDate published, boolean publishedExact,
                          String source, Instant importedAt) {

    public boolean visibleAsOf(LocalDate date) {
        return published != null && !published.isAfter(date);
    }
}
