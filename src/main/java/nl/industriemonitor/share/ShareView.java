package nl.industriemonitor.share;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Lang;

/**
 * What a page offers for sharing, built from the same parameters as the page: its canonical URL
 * (defaults dropped, lists sorted), the texts of its link preview, its main chart and the table
 * behind its downloads. Every address of a view ({@code .csv}, {@code .png}, embed, pinned) is
 * derived here, so all of them describe exactly the same view.
 *
 * @param page     the path after the language, e.g. "" (overview), "sector/20", "compare"
 * @param params   normalised parameters in URL order, without {@code asof}
 * @param latest   publication date of the newest release in the data, for "link to this version"
 * @param releases the releases of the figures shown, oldest first
 */
public record ShareView(Lang lang, String page, Map<String, String> params, LocalDate asOf, LocalDate latest,
                        String title, String description, String headline, String headlineLabel, ChartData chart,
                        DataTable table, List<ReleaseInfo> releases) {

    public ShareView {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        releases = List.copyOf(releases);
    }

    /** The canonical address of this view, relative to the site. */
    public String href() {
        return path(page) + query(asOf);
    }

    /** The same view as a download or image: {@code csv}, {@code json} or {@code png}. */
    public String href(String extension) {
        return path(page.isEmpty() ? "overview" : page) + "." + extension + query(asOf);
    }

    /** The same view in the other page language. */
    public String otherLangHref() {
        return "/" + lang.other().code + "/" + page + query(asOf);
    }

    public String embedHref() {
        return "/embed" + href();
    }

    /**
     * The iframe snippet a reader copies into another site. Its attribute values are escaped here:
     * the page escapes the snippet as a whole once more, so a title with quotes stays a title there.
     */
    public String embedCode(String base) {
        return "<iframe src=\"" + attribute(base + embedHref()) + "\" width=\"800\" height=\"500\" title=\""
                + attribute(title) + "\" loading=\"lazy\"></iframe>";
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;");
    }

    /** Pinned to the newest release: keeps showing these figures after later releases. */
    public String pinnedHref() {
        return path(page) + query(asOf != null ? asOf : latest);
    }

    /** Follows new releases. */
    public String liveHref() {
        return path(page) + query(null);
    }

    /** Publication date of the newest release among the figures shown, for "Bron: CBS, <date>". */
    public LocalDate latestShown() {
        return releases.stream().map(ReleaseInfo::published).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** A view of Eurostat's figures alone: its source line names Eurostat, not CBS. */
    public boolean eurostat() {
        return !releases.isEmpty() && releases.stream().allMatch(r -> nl.industriemonitor.data.EuropeData.holds(r.dataset()));
    }

    public boolean pinned() {
        return asOf != null;
    }

    private String path(String p) {
        return "/" + lang.code + "/" + p;
    }

    private String query(LocalDate date) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach((k, v) -> q.add(k + "=" + v));
        if (date != null) {
            q.add("asof=" + date);
        }
        return q.toString();
    }
}
