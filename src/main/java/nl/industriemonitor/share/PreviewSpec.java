package nl.industriemonitor.share;

import java.util.Locale;
import java.util.Objects;

import nl.industriemonitor.web.ChartData;

/**
 * Everything a link-preview image (og:image) shows, already worded and formatted by the page that
 * links to it, so {@link PreviewImage} only lays it out.
 *
 * @param title         large, top left, e.g. "Industrie in november 2025"
 * @param headline      the big figure on the right, e.g. "−0,3 %"; null for none
 * @param headlineLabel what the figure is, e.g. "Productie t.o.v. een jaar eerder"; null for none
 * @param chart         the same chart the page draws; null or {@link ChartData#empty()} shows {@code noDataText}
 * @param noDataText    shown instead of an empty chart, e.g. "Geen gegevens"
 * @param sourceLine    bottom left, e.g. "Bron: CBS, 10 april 2026"
 * @param siteName      bottom right, e.g. "Industriemonitor"
 * @param locale        language of the axis ticks: numbers ("103,8") and months ("nov 2025")
 */
public record PreviewSpec(String title, String headline, String headlineLabel, ChartData chart, String noDataText,
                          String sourceLine, String siteName, Locale locale, int width, int height) {

    /** The size Open Graph and most chat apps expect (1.91:1). */
    public static final int OG_WIDTH = 1200;
    public static final int OG_HEIGHT = 630;

    // bounds keep a crafted request from asking the server for a huge bitmap
    private static final int MIN_SIDE = 200;
    private static final int MAX_SIDE = 2400;

    public PreviewSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("preview size out of range: " + width + "x" + height);
        }
    }

    /** A 1200×630 Open Graph preview. */
    public static PreviewSpec og(String title, String headline, String headlineLabel, ChartData chart,
                                 String noDataText, String sourceLine, String siteName, Locale locale) {
        return new PreviewSpec(title, headline, headlineLabel, chart, noDataText, sourceLine, siteName, locale,
                OG_WIDTH, OG_HEIGHT);
    }

    /** True when the chart area shows {@code noDataText} instead of a chart. */
    public boolean noData() {
        return chart == null || chart.labels().isEmpty() || chart.empty();
    }
}
