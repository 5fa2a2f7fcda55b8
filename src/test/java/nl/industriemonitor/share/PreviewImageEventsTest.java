package nl.industriemonitor.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.web.ChartData;

/** The preview image draws a chart's events: a shaded band over a range of months, a line at one month. */
class PreviewImageEventsTest {

    static ChartData chart(List<ChartData.Mark> events) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            labels.add(String.format("2022-%02d", m));
            values.add(BigDecimal.valueOf(100 + m % 4));
        }
        return new ChartData("preview", labels, List.of(ChartData.Series.line("Chemie", values)), "Index", null, "alt",
                events);
    }

    static BufferedImage image(ChartData chart) throws IOException {
        byte[] png = PreviewImage.render(PreviewSpec.og("Chemie", null, null, chart, "Geen gegevens", "Bron: CBS",
                "Industriemonitor", Locale.forLanguageTag("nl-NL")));
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Pixels of the band's light orange over white (and none of the palette's lines is that colour). */
    static int bandPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (r >= 245 && g >= 232 && g <= 246 && b >= 205 && b <= 222) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void aBandAndALineAreDrawnAndOnlyWithEvents() throws IOException {
        BufferedImage without = image(chart(List.of()));
        BufferedImage with = image(chart(List.of(new ChartData.Mark("Energiecrisis", "2022-02", "2022-08"),
                new ChartData.Mark("Gaspiek", "2022-10", "2022-10"))));
        assertThat(bandPixels(without)).isZero();
        // seven of the twelve months, over the full height of the plot: a large area
        assertThat(bandPixels(with)).isGreaterThan(20_000);
        assertThat(PreviewImage.render(PreviewSpec.og("Chemie", null, null, chart(List.of()), "x", "y", "z",
                Locale.ROOT))).isNotEqualTo(PreviewImage.render(PreviewSpec.og("Chemie", null, null,
                chart(List.of(new ChartData.Mark("Gaspiek", "2022-10", "2022-10"))), "x", "y", "z", Locale.ROOT)));
    }
}
