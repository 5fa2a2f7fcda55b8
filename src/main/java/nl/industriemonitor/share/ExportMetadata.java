package nl.industriemonitor.share;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a download says about itself: what it is, where it comes from, which releases its
 * figures belong to, the view's parameters, and the licence.
 *
 * @param url          the view's canonical URL (absolute)
 * @param releaseDates publication dates of the releases the figures come from, oldest first
 *                     (an undated release is left out and {@code undatedRelease} is true)
 * @param parameters   the view's normalised parameters, in URL order (e.g. sectors, measure, from)
 * @param asOf         the pinned date, or null for the latest data
 */
public record ExportMetadata(String title, String url, String source, List<LocalDate> releaseDates,
                             boolean undatedRelease, Map<String, String> parameters, LocalDate asOf,
                             String licence, LocalDate generated) {

    public ExportMetadata {
        releaseDates = List.copyOf(releaseDates);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
