package nl.industriemonitor.cycle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The cycle view's link preview: every placed branch on the two axes with its trail and the four quadrants named,
 * drawn on a 1200×630 raster (the line charts of the other previews cannot show a scatter).
 */
final class CycleImage {

    private static final Color ACCENT = new Color(0x0072B2);
    private static final Color MUTED = new Color(0x4a5562);
    private static final Color GRID = new Color(0xd9dee3);
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000)};

    private CycleImage() {
    }

    static byte[] draw(BufferedImage image, String title, List<CyclePositions.Placed> placed, List<String> labels,
                       List<String> quadrants, String xTitle, String yTitle, String source, String site) {
        int w = image.getWidth();
        int h = image.getHeight();
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(ACCENT);
            g.fillRect(0, 0, w, 10);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
            g.setColor(new Color(0x1b1f24));
            g.drawString(title, 48, 84);
            int left = 110;
            int right = w - 48;
            int top = 120;
            int bottom = h - 110;
            double span = 1;
            for (CyclePositions.Placed p : placed) {
                span = Math.max(span, Math.abs(p.now().yoy().doubleValue()));
                span = Math.max(span, Math.abs(p.now().momentum().doubleValue()));
                for (CyclePositions.Point t : p.trail()) {
                    span = Math.max(span, Math.max(Math.abs(t.yoy().doubleValue()), Math.abs(t.momentum().doubleValue())));
                }
            }
            double max = Math.ceil(span * 1.1);
            int cx = (left + right) / 2;
            int cy = (top + bottom) / 2;
            double sx = (right - left) / (2 * max);
            double sy = (bottom - top) / (2 * max);
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1.5f));
            g.drawRect(left, top, right - left, bottom - top);
            g.setColor(MUTED);
            g.draw(new Line2D.Double(left, cy, right, cy));
            g.draw(new Line2D.Double(cx, top, cx, bottom));
            Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
            Font quadrant = new Font(Font.SANS_SERIF, Font.BOLD, 24);
            g.setFont(quadrant);
            FontMetrics qm = g.getFontMetrics();
            // growth top right, slowing bottom right, contraction bottom left, recovery top left
            g.drawString(quadrants.get(0), right - 12 - qm.stringWidth(quadrants.get(0)), top + 32);
            g.drawString(quadrants.get(1), right - 12 - qm.stringWidth(quadrants.get(1)), bottom - 14);
            g.drawString(quadrants.get(2), left + 12, bottom - 14);
            g.drawString(quadrants.get(3), left + 12, top + 32);
            g.setFont(small);
            FontMetrics sm = g.getFontMetrics();
            g.drawString(xTitle + " (\u00b1" + (int) max + ")", cx - sm.stringWidth(xTitle) / 2, bottom + 26);
            g.drawString(yTitle, left, top - 10);
            for (int i = 0; i < placed.size(); i++) {
                CyclePositions.Placed p = placed.get(i);
                Color colour = PALETTE[i % PALETTE.length];
                g.setColor(colour);
                g.setStroke(new BasicStroke(2f));
                double px = Double.NaN;
                double py = Double.NaN;
                for (CyclePositions.Point t : p.trail()) {
                    double x = cx + t.yoy().doubleValue() * sx;
                    double y = cy - t.momentum().doubleValue() * sy;
                    if (!Double.isNaN(px)) {
                        g.draw(new Line2D.Double(px, py, x, y));
                    }
                    g.fill(new Ellipse2D.Double(x - 3, y - 3, 6, 6));
                    px = x;
                    py = y;
                }
                double x = cx + p.now().yoy().doubleValue() * sx;
                double y = cy - p.now().momentum().doubleValue() * sy;
                if (!Double.isNaN(px)) {
                    g.draw(new Line2D.Double(px, py, x, y));
                }
                g.fill(new Ellipse2D.Double(x - 8, y - 8, 16, 16));
                g.setColor(new Color(0x1b1f24));
                String label = labels.get(i);
                int lx = (int) x + 12;
                if (lx + sm.stringWidth(label) > right) {
                    lx = (int) x - 12 - sm.stringWidth(label);
                }
                g.drawString(label, lx, (int) y - 10);
            }
            g.setColor(GRID);
            g.fillRect(48, h - 68, w - 96, 2);
            g.setColor(MUTED);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
            g.drawString(source, 48, h - 26);
            g.setColor(ACCENT);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
            g.drawString(site, w - 48 - g.getFontMetrics().stringWidth(site), h - 26);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(96 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cycle image cannot be encoded as PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
