package nl.industriemonitor.share;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
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
 * Draws the PNG a shared link shows as its preview (og:image): title, headline figure, the page's
 * chart and its source, on the calling thread, byte for byte the same for the same spec.
 */
public final class PreviewImage {

    static {
        // a server has no display; set before any AWT class loads, unless the launcher decided
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final Color ACCENT = PreviewImageChart.PALETTE[0];
    private static final Color RULE = new Color(0xd9dee3);
    private static final Color NO_DATA_FILL = new Color(0xf3f5f7);
    private static final int REFERENCE_WIDTH = 1200;
    private static final int REFERENCE_HEIGHT = 630;

    private PreviewImage() {
    }

    /** The preview as PNG bytes. */
    public static byte[] render(PreviewSpec spec) {
        return render(spec, canvas(spec));
    }

    /** A raster of the spec's size, to draw one preview after another on. */
    static BufferedImage canvas(PreviewSpec spec) {
        return new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_INT_RGB);
    }

    /**
     * The preview as PNG bytes, drawn over {@code image} (of the spec's size; every pixel is painted anew), so
     * that a renderer can keep its 3 MB raster instead of asking the heap for a new one each time.
     */
    static byte[] render(PreviewSpec spec, BufferedImage image) {
        Graphics2D g = image.createGraphics();
        try {
            draw(g, spec);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static void draw(Graphics2D g, PreviewSpec spec) {
        int w = spec.width();
        int h = spec.height();
        float s = Math.min(w / (float) REFERENCE_WIDTH, h / (float) REFERENCE_HEIGHT);
        // fixed hints, so the output does not depend on the JVM's or desktop's defaults
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(ACCENT);
        g.fillRect(0, 0, w, Math.round(10 * s));

        int margin = Math.round(48 * s);
        int headerBottom = PreviewImageHeader.draw(g, spec, margin, Math.round(42 * s), s);
        int footerTop = h - Math.round(68 * s);
        drawFooter(g, spec, margin, footerTop, s);
        Rectangle2D area = new Rectangle2D.Double(margin, headerBottom + 20 * s, w - 2.0 * margin,
                footerTop - 18 * s - (headerBottom + 20 * s));
        if (area.getHeight() < 40 * s) {
            return;
        }
        if (spec.noData()) {
            drawNoData(g, spec.noDataText(), area, s);
        } else {
            drawChart(g, spec, area, s);
        }
    }

    private static void drawChart(Graphics2D g, PreviewSpec spec, Rectangle2D area, float s) {
        PreviewImageChart.Built built = PreviewImageChart.build(spec.chart(), spec.locale(), s);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(17 * s));
        FontMetrics fm = g.getFontMetrics(font);
        double top = area.getY();
        if (present(built.leftTitle()) || present(built.rightTitle())) {
            g.setFont(font);
            g.setColor(PreviewImageChart.MUTED);
            int baseline = (int) Math.round(top + fm.getAscent());
            int half = (int) (area.getWidth() / 2 - 10 * s);
            if (present(built.leftTitle())) {
                g.drawString(PreviewImageHeader.clip(built.leftTitle(), fm, half), (float) area.getX(), baseline);
            }
            if (present(built.rightTitle())) {
                String text = PreviewImageHeader.clip(built.rightTitle(), fm, half);
                g.drawString(text, (float) (area.getMaxX() - fm.stringWidth(text)), baseline);
            }
            top += fm.getHeight() + 6 * s;
        }
        built.chart().draw(g, new Rectangle2D.Double(area.getX(), top, area.getWidth(), area.getMaxY() - top));
    }

    private static void drawNoData(Graphics2D g, String text, Rectangle2D area, float s) {
        g.setColor(NO_DATA_FILL);
        g.fill(new RoundRectangle2D.Double(area.getX(), area.getY(), area.getWidth(), area.getHeight(),
                24 * s, 24 * s));
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(30 * s));
        FontMetrics fm = g.getFontMetrics(font);
        List<String> lines = PreviewImageHeader.wrap(present(text) ? text : "\u2014", fm,
                (int) (area.getWidth() - 80 * s), 3);
        g.setFont(font);
        g.setColor(PreviewImageChart.MUTED);
        double y = area.getCenterY() - lines.size() * fm.getHeight() / 2.0 + fm.getAscent();
        for (String line : lines) {
            g.drawString(line, (float) (area.getCenterX() - fm.stringWidth(line) / 2.0), (float) y);
            y += fm.getHeight();
        }
    }

    private static void drawFooter(Graphics2D g, PreviewSpec spec, int margin, int top, float s) {
        int w = spec.width();
        g.setColor(RULE);
        g.fillRect(margin, top, w - 2 * margin, Math.max(1, Math.round(1.5f * s)));
        int baseline = top + Math.round(42 * s);
        Font siteFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(22 * s));
        FontMetrics siteMetrics = g.getFontMetrics(siteFont);
        int siteWidth = 0;
        if (present(spec.siteName())) {
            siteWidth = siteMetrics.stringWidth(spec.siteName());
            g.setFont(siteFont);
            g.setColor(ACCENT);
            g.drawString(spec.siteName(), w - margin - siteWidth, baseline);
        }
        if (present(spec.sourceLine())) {
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(20 * s));
            FontMetrics fm = g.getFontMetrics(font);
            g.setFont(font);
            g.setColor(PreviewImageChart.MUTED);
            int room = w - 2 * margin - siteWidth - Math.round(32 * s);
            g.drawString(PreviewImageHeader.clip(spec.sourceLine(), fm, room), margin, baseline);
        }
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static byte[] png(BufferedImage image) {
        // written through a memory cache: ImageIO's default may spill to a temporary file
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(96 * 1024);
        try {
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("preview image cannot be encoded as PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
