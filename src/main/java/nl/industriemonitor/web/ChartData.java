package nl.industriemonitor.web;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one chart draws, handed to {@code js/charts.js} as JSON in a {@code data-chart} attribute
 * (Qute escapes it for the attribute; the browser unescapes it), never as inline script.
 * Missing values are {@code null}: the chart leaves a gap, as the table says "no data".
 *
 * @param id      unique within the page, also the canvas id
 * @param labels  x-axis labels, e.g. months as "2025-11" (charts.js formats them per page language)
 * @param yTitle  title of the left axis; {@code y2Title} of the right one, if any series uses it
 * @param alt     the chart's text alternative for screen readers
 */
public record ChartData(String id, List<String> labels, List<Series> series, String yTitle, String y2Title,
                        String alt, List<Mark> events) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One line or bar series. {@code kind} is "line" or "bar"; {@code axis} "y" or "y2";
     * {@code style} "solid", "dashed" (a reference such as total industry) or "thin".
     */
    public record Series(String label, String kind, String axis, String style, List<BigDecimal> values) {

        public static Series line(String label, List<BigDecimal> values) {
            return new Series(label, "line", "y", "solid", values);
        }

        public static Series reference(String label, List<BigDecimal> values) {
            return new Series(label, "line", "y", "dashed", values);
        }

        public static Series bars(String label, String axis, List<BigDecimal> values) {
            return new Series(label, "bar", axis, "solid", values);
        }
    }

    /**
     * An event drawn on the chart: a line at {@code start} when it equals {@code end}, else a band; both are
     * labels of the chart ({@code labels}), clipped to its range.
     */
    public record Mark(String label, String start, String end) {
    }

    public ChartData {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        events = events == null ? List.of() : List.copyOf(events);
    }

    public ChartData(String id, List<String> labels, List<Series> series, String yTitle, String y2Title, String alt) {
        this(id, labels, series, yTitle, y2Title, alt, List.of());
    }

    /** The same chart with these events drawn on it. */
    public ChartData withEvents(List<Mark> marks) {
        return new ChartData(id, labels, series, yTitle, y2Title, alt, marks);
    }

    /** The JSON charts.js reads; numbers stay exact decimals. */
    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data cannot be written as JSON", e);
        }
    }

    /** True when no series has a single value: the page then says "no data" instead of an empty chart. */
    public boolean empty() {
        return series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == null));
    }
}
