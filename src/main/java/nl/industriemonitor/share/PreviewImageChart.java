package nl.industriemonitor.share;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

import nl.industriemonitor.web.ChartData;

/** Turns the chart data a page draws with charts.js into the same chart as a JFreeChart, for previews. */
final class PreviewImageChart {

    // the same colours, dashes and widths as js/charts.js; lengths grow with the 1200 px canvas
    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};
    static final Color REFERENCE = new Color(0x4a5562);
    static final Color INK = new Color(0x1a1f24);
    static final Color MUTED = new Color(0x4a5562);
    private static final Color GRID = new Color(0xe1e5e9);
    private static final Color AXIS_LINE = new Color(0xb8c0c8);
    private static final float[][] DASHES = {null, {8, 3}, {2, 3}};
    private static final float[] REFERENCE_DASH = {6, 4};
    private static final float LINE_SCALE = 1.6f;
    private static final int BAR_ALPHA = 0x99;

    // one dataset per kind and axis, drawn in this order: bars behind lines
    private static final int BARS_LEFT = 0;
    private static final int BARS_RIGHT = 1;
    private static final int LINES_LEFT = 2;
    private static final int LINES_RIGHT = 3;

    /** A series' row key: keeps two series with the same label apart; prints as the label. */
    private record SeriesKey(int index, String label) implements Comparable<SeriesKey> {
        @Override
        public int compareTo(SeriesKey other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label == null ? "" : label;
        }
    }

    /** The chart plus the axis titles the caller prints above it (rotated titles read badly in a card). */
    record Built(JFreeChart chart, String leftTitle, String rightTitle) {
    }

    private PreviewImageChart() {
    }

    static Built build(ChartData data, Locale locale, float scale) {
        List<ChartData.Series> series = data.series();
        boolean anyLeft = series.stream().anyMatch(s -> !"y2".equals(s.axis()));
        boolean anyRight = anyLeft && series.stream().anyMatch(s -> "y2".equals(s.axis()));
        List<PreviewImageAxis.Category> categories = PreviewImageAxis.categories(data.labels());

        DefaultCategoryDataset[] datasets = new DefaultCategoryDataset[4];
        AbstractCategoryItemRenderer[] renderers = {bars(), bars(), new PreviewImageLines(), new PreviewImageLines()};
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < series.size(); i++) {
            ChartData.Series s = series.get(i);
            boolean bar = "bar".equals(s.kind());
            boolean right = anyRight && "y2".equals(s.axis());
            int slot = bar ? (right ? BARS_RIGHT : BARS_LEFT) : (right ? LINES_RIGHT : LINES_LEFT);
            if (datasets[slot] == null) {
                datasets[slot] = new DefaultCategoryDataset();
            }
            SeriesKey key = new SeriesKey(i, s.label());
            List<BigDecimal> values = s.values() == null ? List.of() : s.values();
            for (PreviewImageAxis.Category category : categories) {
                BigDecimal v = category.index() < values.size() ? values.get(category.index()) : null;
                datasets[slot].addValue(v == null ? null : v.doubleValue(), key, category);
            }
            int row = datasets[slot].getRowIndex(key);
            Color colour = "dashed".equals(s.style()) ? REFERENCE : PALETTE[i % PALETTE.length];
            if (bar) {
                Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), BAR_ALPHA);
                renderers[slot].setSeriesPaint(row, fill);
                legend.add(new LegendItem(key.toString(), null, null, null,
                        new Rectangle2D.Double(-8 * scale, -8 * scale, 16 * scale, 16 * scale), fill));
            } else {
                Stroke stroke = lineStroke(s.style(), i, scale);
                renderers[slot].setSeriesPaint(row, colour);
                renderers[slot].setSeriesStroke(row, stroke);
                renderers[slot].setSeriesShape(row, dot(categories.size(), scale));
                Shape none = new Rectangle2D.Double();
                legend.add(new LegendItem(key.toString(), null, null, null, false, none, false, colour, false,
                        colour, stroke, true, new Line2D.Double(-20 * scale, 0, 20 * scale, 0), stroke, colour));
            }
        }

        CategoryPlot plot = new CategoryPlot();
        PreviewImageAxis domain = domainAxis(data.labels(), locale, scale);
        // gaps between categories only matter for bars; lines get the full width
        domain.setCategoryMargin(datasets[BARS_LEFT] != null || datasets[BARS_RIGHT] != null ? 0.2 : 0.0);
        plot.setDomainAxis(domain);
        plot.setRangeAxis(0, valueAxis(locale, scale));
        if (anyRight) {
            plot.setRangeAxis(1, valueAxis(locale, scale));
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        }
        // every slot gets its renderer, used or not: the plot asks renderer 0 to draw the zero line
        for (int slot = 0; slot < datasets.length; slot++) {
            plot.setDataset(slot, datasets[slot]);
            plot.setRenderer(slot, renderers[slot]);
            plot.mapDatasetToRangeAxis(slot, anyRight && (slot == BARS_RIGHT || slot == LINES_RIGHT) ? 1 : 0);
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        for (int slot = 0; slot < datasets.length; slot++) {
            if (datasets[slot] != null) {
                PreviewImageEvents.add(plot, slot, categories, data.labels(), data.events(), scale);
                break;
            }
        }
        plot.setFixedLegendItems(legend);
        style(plot, scale);

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.addLegend(legend(plot, scale));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(RectangleInsets.ZERO_INSETS);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        String left = anyLeft ? data.yTitle() : data.y2Title();
        return new Built(chart, left, anyRight ? data.y2Title() : null);
    }

    private static BarRenderer bars() {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.06);
        return renderer;
    }

    private static Stroke lineStroke(String style, int index, float scale) {
        float width = ("thin".equals(style) ? 1.5f : 2.5f) * LINE_SCALE * scale;
        float[] dash = "dashed".equals(style) ? REFERENCE_DASH : DASHES[index % DASHES.length];
        if (dash == null) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] scaled = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            scaled[i] = dash[i] * LINE_SCALE * scale;
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
    }

    private static Shape dot(int points, float scale) {
        double r = (points > 36 ? 3 : 2) * LINE_SCALE * scale;
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
    }

    private static PreviewImageAxis domainAxis(List<String> labels, Locale locale, float scale) {
        PreviewImageAxis axis = new PreviewImageAxis(labels, locale, 18 * scale);
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(17 * scale)));
        axis.setTickLabelPaint(MUTED);
        axis.setTickMarksVisible(false);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setAxisLineStroke(new BasicStroke(1.5f * scale));
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        axis.setTickLabelInsets(new RectangleInsets(6 * scale, 0, 0, 0));
        return axis;
    }

    private static NumberAxis valueAxis(Locale locale, float scale) {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(tickFormat(locale));
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(17 * scale)));
        axis.setTickLabelPaint(MUTED);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        // generous insets make JFreeChart pick a coarser tick unit: about five gridlines, not twelve
        axis.setTickLabelInsets(new RectangleInsets(14 * scale, 6 * scale, 14 * scale, 8 * scale));
        axis.setUpperMargin(0.08);
        axis.setLowerMargin(0.08);
        return axis;
    }

    /** Tick numbers as the page writes them ("103,8" in Dutch), with a true minus sign. */
    static NumberFormat tickFormat(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        if (format instanceof DecimalFormat decimal) {
            DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
            symbols.setMinusSign('\u2212');
            decimal.setDecimalFormatSymbols(symbols);
        }
        return format;
    }

    private static void style(CategoryPlot plot, float scale) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1.2f * scale));
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(AXIS_LINE);
        plot.setRangeZeroBaselineStroke(new BasicStroke(1.5f * scale));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4 * scale, 0, 0, 4 * scale));
    }

    private static LegendTitle legend(CategoryPlot plot, float scale) {
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(17 * scale)));
        legend.setItemPaint(INK);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setFrame(BlockBorder.NONE);
        legend.setMargin(new RectangleInsets(10 * scale, 0, 0, 0));
        legend.setItemLabelPadding(new RectangleInsets(2 * scale, 8 * scale, 2 * scale, 22 * scale));
        return legend;
    }
}
