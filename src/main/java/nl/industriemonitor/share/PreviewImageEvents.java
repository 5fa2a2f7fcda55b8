package nl.industriemonitor.share;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import nl.industriemonitor.web.ChartData;

/**
 * Draws a chart's events in the preview image as js/charts.js draws them with the annotation plugin: a shaded
 * band over the months of a range, a dashed line at a single month, each labelled at the top.
 */
final class PreviewImageEvents {

    // the colours of js/charts.js: Okabe–Ito orange, lightly, for bands; the reference grey for lines
    static final Color BAND = new Color(0xE6, 0x9F, 0x00, 0x29);
    static final Color LINE = PreviewImageChart.REFERENCE;

    private PreviewImageEvents() {
    }

    /**
     * Adds the markers to the plot's renderer {@code slot} (one whose dataset holds the categories: a category
     * marker is placed by its column in that dataset).
     */
    static void add(CategoryPlot plot, int slot, List<PreviewImageAxis.Category> categories, List<String> labels,
                    List<ChartData.Mark> events, float scale) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(15 * scale));
        for (int i = 0; i < events.size(); i++) {
            ChartData.Mark event = events.get(i);
            List<PreviewImageAxis.Category> months = categories.stream()
                    .filter(c -> within(labels.get(c.index()), event)).toList();
            boolean line = event.start().equals(event.end());
            // as on the page: the label to the right of the start, or in the right part to the left of the end
            boolean right = !months.isEmpty() && months.get(0).index() > categories.size() * 0.6;
            int labelled = right ? months.size() - 1 : 0;
            for (int m = 0; m < months.size(); m++) {
                CategoryMarker marker = new CategoryMarker(months.get(m), line ? LINE : BAND,
                        line ? new BasicStroke(1.5f * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                                new float[] {6 * scale, 4 * scale}, 0f) : new BasicStroke(0f));
                marker.setDrawAsLine(line);
                if (m == labelled) {
                    // labels step down, as on the page, so that neighbours do not cover each other
                    marker.setLabel(event.label());
                    marker.setLabelFont(font);
                    marker.setLabelPaint(PreviewImageChart.INK);
                    marker.setLabelBackgroundColor(new Color(255, 255, 255, 0xd9));
                    marker.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
                    marker.setLabelTextAnchor(right ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
                    marker.setLabelOffset(new RectangleInsets((4 + (i % 3) * 20) * scale, 4 * scale, 0, 4 * scale));
                }
                plot.addDomainMarker(slot, marker, Layer.BACKGROUND);
            }
        }
    }

    /** Labels and event bounds are both {@code YYYY-MM}: their order as text is their order in time. */
    private static boolean within(String label, ChartData.Mark event) {
        return label.compareTo(event.start()) >= 0 && label.compareTo(event.end()) <= 0;
    }
}
