package nl.industriemonitor.share;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The x-axis of a preview chart: month and date labels in the reader's language, thinned so they
 * never overlap (JFreeChart's category axis would otherwise wrap or truncate every label).
 */
final class PreviewImageAxis extends CategoryAxis {

    private static final Pattern MONTH_OR_DAY = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    // month labels thin out to calendar steps, so a long series shows e.g. every January and July
    private static final int[] MONTH_STEPS = {1, 2, 3, 4, 6, 12, 24, 36, 60, 120};

    /** A column of the chart: its position and its raw label; positions keep equal labels apart. */
    record Category(int index, String raw) implements Comparable<Category> {
        @Override
        public int compareTo(Category other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return raw;
        }
    }

    private final List<String> shown;
    private final int[] monthNumbers;
    private final boolean allMonths;
    private final float minGap;
    private double widest = -1;

    PreviewImageAxis(List<String> rawLabels, Locale locale, float minGap) {
        this.shown = rawLabels.stream().map(raw -> display(raw, locale)).toList();
        this.monthNumbers = rawLabels.stream().mapToInt(PreviewImageAxis::monthNumber).toArray();
        this.allMonths = rawLabels.stream().allMatch(raw -> monthNumber(raw) >= 0);
        this.minGap = minGap;
        // the category size is then exactly the width JFreeChart hands to createLabel
        setMaximumCategoryLabelWidthRatio(1.0f);
    }

    static List<Category> categories(List<String> rawLabels) {
        return java.util.stream.IntStream.range(0, rawLabels.size())
                .mapToObj(i -> new Category(i, rawLabels.get(i))).toList();
    }

    /** "2025-11" → "nov 2025" / "Nov 2025"; "2026-01-09" → "9 jan 2026"; anything else unchanged. */
    static String display(String raw, Locale locale) {
        Matcher m = MONTH_OR_DAY.matcher(raw == null ? "" : raw);
        if (!m.matches()) {
            return raw == null ? "" : raw;
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return raw;
        }
        // CLDR writes Dutch abbreviations with a full stop ("nov."); the page's Intl format does not
        String name = Month.of(month).getDisplayName(TextStyle.SHORT, locale);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        String monthYear = name + " " + m.group(1);
        return m.group(3) == null ? monthYear : Integer.parseInt(m.group(3)) + " " + monthYear;
    }

    private static int monthNumber(String raw) {
        Matcher m = MONTH_OR_DAY.matcher(raw == null ? "" : raw);
        if (!m.matches() || m.group(3) != null) {
            return -1;
        }
        int month = Integer.parseInt(m.group(2));
        return month < 1 || month > 12 ? -1 : Integer.parseInt(m.group(1)) * 12 + month - 1;
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float categoryWidth, RectangleEdge edge, Graphics2D g2) {
        Font font = getTickLabelFont(category);
        int index = ((Category) category).index();
        FontMetrics metrics = g2.getFontMetrics(font);
        boolean fits = (shown.size() - index - 0.5) * categoryWidth >= metrics.stringWidth(shown.get(index)) / 2.0;
        String text = fits && visible(index, step(categoryWidth, metrics)) ? shown.get(index) : "";
        // unwrapped: a shown label may use the width of its hidden neighbours; one that would
        // stick out past the plot's right end (and be cut off) is left out
        return TextUtils.createTextBlock(text, font, getTickLabelPaint(category));
    }

    private int step(float categoryWidth, FontMetrics metrics) {
        if (widest < 0) {
            widest = shown.stream().mapToInt(metrics::stringWidth).max().orElse(0);
        }
        double needed = widest + minGap;
        if (categoryWidth <= 0) {
            return Integer.MAX_VALUE;
        }
        if (allMonths) {
            for (int candidate : MONTH_STEPS) {
                if (candidate * categoryWidth >= needed) {
                    return candidate;
                }
            }
            return MONTH_STEPS[MONTH_STEPS.length - 1];
        }
        return (int) Math.max(1, Math.ceil(needed / categoryWidth));
    }

    private boolean visible(int index, int step) {
        if (step == Integer.MAX_VALUE) {
            return false;
        }
        if (allMonths) {
            return monthNumbers[index] % step == 0;
        }
        // release dates and other labels: count back from the latest, the one a reader looks for
        return (shown.size() - 1 - index) % step == 0;
    }
}
