package nl.industriemonitor.share;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** The top of a preview card: the title, and the headline figure with its label beside or below it. */
final class PreviewImageHeader {

    private static final String ELLIPSIS = "\u2026";
    private static final int TITLE_LINES = 2;
    private static final int LABEL_LINES = 2;

    private PreviewImageHeader() {
    }

    /** Draws the header from {@code top} down and returns the y where it ends. */
    static int draw(Graphics2D g, PreviewSpec spec, int margin, int top, float s) {
        int width = spec.width() - 2 * margin;
        boolean hasHeadline = PreviewImage.present(spec.headline());
        Font figureFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(80 * s));
        Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(21 * s));
        FontMetrics figure = g.getFontMetrics(figureFont);
        FontMetrics label = g.getFontMetrics(labelFont);
        List<String> labelLines = hasHeadline && PreviewImage.present(spec.headlineLabel())
                ? balanced(spec.headlineLabel(), label, Math.round(460 * s), LABEL_LINES) : List.of();
        int blockWidth = 0;
        if (hasHeadline) {
            blockWidth = figure.stringWidth(spec.headline());
            for (String line : labelLines) {
                blockWidth = Math.max(blockWidth, label.stringWidth(line));
            }
        }
        int gap = Math.round(40 * s);
        // beside the title while the title keeps at least half the width, else below it
        boolean beside = hasHeadline && width - blockWidth - gap >= width / 2;
        int titleWidth = beside ? width - blockWidth - gap : width;

        FontMetrics title = titleMetrics(g, spec.title(), titleWidth, s);
        List<String> titleLines = balanced(spec.title(), title, titleWidth, TITLE_LINES);
        g.setColor(PreviewImageChart.INK);
        g.setFont(title.getFont());
        int y = top + title.getAscent();
        for (String line : titleLines) {
            g.drawString(line, margin, y);
            y += Math.round(title.getFont().getSize() * 1.15f);
        }
        int titleBottom = y - Math.round(title.getFont().getSize() * 1.15f) + title.getDescent();
        if (!hasHeadline) {
            return titleBottom;
        }

        int right = spec.width() - margin;
        int figureTop = beside ? top - Math.round(4 * s) : titleBottom + Math.round(16 * s);
        // the figure's cap height, not its ascent, lines up with the title's first line
        int figureBaseline = figureTop + Math.round(figureFont.getSize() * 0.74f);
        g.setColor(PreviewImageChart.INK);
        g.setFont(figureFont);
        int figureX = beside ? right - figure.stringWidth(spec.headline()) : margin;
        g.drawString(spec.headline(), figureX, figureBaseline);
        g.setFont(labelFont);
        g.setColor(PreviewImageChart.MUTED);
        int labelY;
        if (beside) {
            labelY = figureBaseline + Math.round(12 * s) + label.getAscent();
            for (String line : labelLines) {
                g.drawString(line, right - label.stringWidth(line), labelY);
                labelY += label.getHeight();
            }
            labelY -= label.getHeight();
        } else {
            // below the title, the label stands to the right of the figure, ending on its baseline
            int x = figureX + figure.stringWidth(spec.headline()) + Math.round(24 * s);
            List<String> lines = labelLines.isEmpty() ? List.of()
                    : balanced(spec.headlineLabel(), label, right - x, LABEL_LINES);
            labelY = figureBaseline - (lines.size() - 1) * label.getHeight();
            for (String line : lines) {
                g.drawString(line, x, labelY);
                labelY += label.getHeight();
            }
            labelY = figureBaseline;
        }
        return Math.max(titleBottom, labelY + label.getDescent());
    }

    /**
     * The title font: the largest from 52 down to 44 px (at 1200 wide) that fits on one line, which
     * leaves the chart more room, else the largest down to 34 px that fits in two lines.
     */
    private static FontMetrics titleMetrics(Graphics2D g, String text, int maxWidth, float s) {
        for (int size = 52; size >= 44; size -= 2) {
            FontMetrics fm = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size * s)));
            if (fm.stringWidth(text.strip()) <= maxWidth) {
                return fm;
            }
        }
        FontMetrics fm = null;
        for (int size = 52; size >= 34; size -= 2) {
            fm = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size * s)));
            if (wrap(text, fm, maxWidth, Integer.MAX_VALUE).size() <= TITLE_LINES) {
                return fm;
            }
        }
        return fm;
    }

    /**
     * Wraps like {@link #wrap} but into lines of even length: the narrowest width that needs no more
     * lines, so a two-line title does not end in a single orphaned word.
     */
    static List<String> balanced(String text, FontMetrics fm, int maxWidth, int maxLines) {
        List<String> greedy = wrap(text, fm, maxWidth, Integer.MAX_VALUE);
        if (greedy.size() < 2 || greedy.size() > maxLines) {
            return wrap(text, fm, maxWidth, maxLines);
        }
        int low = maxWidth / 2;
        int high = maxWidth;
        while (low < high) {
            int mid = (low + high) / 2;
            List<String> lines = wrap(text, fm, mid, Integer.MAX_VALUE);
            boolean fits = lines.size() == greedy.size() && lines.stream().allMatch(l -> !l.endsWith(ELLIPSIS)
                    || text.contains(ELLIPSIS));
            if (fits) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return wrap(text, fm, high, maxLines);
    }

    /** Greedy word wrap into at most {@code maxLines}; the last line ends in "…" if text is left over. */
    static List<String> wrap(String text, FontMetrics fm, int maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (fm.stringWidth(candidate) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (lines.size() == maxLines - 1) {
                lines.add(clip(line + " " + String.join(" ", List.of(words).subList(i, words.length)), fm, maxWidth));
                return lines;
            }
            lines.add(clip(line.toString(), fm, maxWidth));
            line.setLength(0);
            line.append(words[i]);
        }
        if (!line.isEmpty()) {
            lines.add(clip(line.toString(), fm, maxWidth));
        }
        return lines;
    }

    /** The text, shortened with "…" until it fits {@code maxWidth}. */
    static String clip(String text, FontMetrics fm, int maxWidth) {
        if (fm.stringWidth(text) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && fm.stringWidth(text.substring(0, end).stripTrailing() + ELLIPSIS) > maxWidth) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
