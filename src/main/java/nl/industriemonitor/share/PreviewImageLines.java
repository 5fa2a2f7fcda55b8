package nl.industriemonitor.share;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;

/**
 * Draws each line series as one path broken at missing values, so dash patterns run on across
 * points and joins are round (the stock renderer strokes every segment apart), and dots only where
 * charts.js has them: on short series, and on a value with no neighbours, which would vanish.
 */
final class PreviewImageLines extends LineAndShapeRenderer {

    private static final int DOTS_UP_TO = 36;

    PreviewImageLines() {
        super(true, true);
        setDrawOutlines(false);
        setUseSeriesOffset(false);
    }

    @Override
    public boolean getItemShapeVisible(int row, int column) {
        CategoryDataset dataset = dataset();
        if (dataset == null || dataset.getValue(row, column) == null) {
            return false;
        }
        int columns = dataset.getColumnCount();
        if (columns <= DOTS_UP_TO) {
            return true;
        }
        boolean before = column > 0 && dataset.getValue(row, column - 1) != null;
        boolean after = column + 1 < columns && dataset.getValue(row, column + 1) != null;
        return !before && !after;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        if (pass == 0) {
            if (column == 0) {
                drawSeries(g2, dataArea, plot, domainAxis, rangeAxis, dataset, row);
            }
            return;
        }
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    }

    private void drawSeries(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot, CategoryAxis domainAxis,
                            ValueAxis rangeAxis, CategoryDataset dataset, int row) {
        int columns = dataset.getColumnCount();
        Path2D.Double path = new Path2D.Double();
        boolean penDown = false;
        boolean anySegment = false;
        for (int column = 0; column < columns; column++) {
            Number value = dataset.getValue(row, column);
            if (value == null) {
                penDown = false;
                continue;
            }
            double x = domainAxis.getCategoryMiddle(column, columns, dataArea, plot.getDomainAxisEdge());
            double y = rangeAxis.valueToJava2D(value.doubleValue(), dataArea, plot.getRangeAxisEdge());
            if (penDown) {
                path.lineTo(x, y);
                anySegment = true;
            } else {
                path.moveTo(x, y);
                penDown = true;
            }
        }
        if (anySegment) {
            g2.setPaint(getSeriesPaint(row));
            g2.setStroke(getSeriesStroke(row));
            g2.draw(path);
        }
    }

    private CategoryDataset dataset() {
        CategoryPlot plot = getPlot();
        if (plot == null) {
            return null;
        }
        int index = plot.getIndexOf(this);
        return index < 0 ? null : plot.getDataset(index);
    }
}
