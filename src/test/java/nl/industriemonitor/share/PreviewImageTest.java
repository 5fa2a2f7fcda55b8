package nl.industriemonitor.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.web.ChartData;

class PreviewImageTest {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final List<String> MONTHS = List.of("2025-06", "2025-07", "2025-08", "2025-09", "2025-10",
            "2025-11");

    private static List<BigDecimal> values(String... numbers) {
        List<BigDecimal> list = new ArrayList<>();
        for (String n : numbers) {
            list.add(n == null ? null : new BigDecimal(n));
        }
        return list;
    }

    private static ChartData chart(List<String> labels, ChartData.Series... series) {
        return new ChartData("preview", labels, Arrays.asList(series), "Index (2021 = 100)", null, "alt");
    }

    private static PreviewSpec spec(ChartData chart, Locale locale) {
        return PreviewSpec.og("Industrie in november 2025", "+0,3 %", "Productie t.o.v. een jaar eerder", chart,
                "Geen gegevens voor deze keuze", "Bron: CBS, 10 maart 2026", "Industriemonitor", locale);
    }

    private static ChartData total() {
        return chart(MONTHS, ChartData.Series.line("Industrie (C)",
                values("103.7", "102.7", "104.9", "104.6", "104.8", "103.8")));
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("decodable PNG").isNotNull();
        return image;
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void pngDecodesToOpenGraphSize() throws IOException {
        byte[] png = PreviewImage.render(spec(total(), NL));

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
    }

    @Test
    void sameSpecGivesIdenticalBytes() {
        assertThat(PreviewImage.render(spec(total(), NL))).isEqualTo(PreviewImage.render(spec(total(), NL)));
    }

    @Test
    void differentDataGivesDifferentPixels() throws IOException {
        ChartData other = chart(MONTHS, ChartData.Series.line("Industrie (C)",
                values("103.7", "102.7", "104.9", "104.6", "101.0", "99.5")));

        BufferedImage first = decode(PreviewImage.render(spec(total(), NL)));
        BufferedImage second = decode(PreviewImage.render(spec(other, NL)));

        assertThat(samePixels(first, second)).isFalse();
    }

    @Test
    void emptyOrMissingChartShowsNoDataText() throws IOException {
        ChartData allNull = chart(MONTHS, ChartData.Series.line("Industrie (C)",
                values(null, null, null, null, null, null)));
        byte[] empty = PreviewImage.render(spec(allNull, NL));
        byte[] missing = PreviewImage.render(spec(null, NL));
        PreviewSpec otherText = PreviewSpec.og("Industrie in november 2025", "+0,3 %",
                "Productie t.o.v. een jaar eerder", null, "No data for this selection", "Bron: CBS, 10 maart 2026",
                "Industriemonitor", NL);

        assertThat(decode(empty).getWidth()).isEqualTo(1200);
        // with no chart to draw, the card is the same whether the chart is empty or absent
        assertThat(empty).isEqualTo(missing);
        assertThat(samePixels(decode(missing), decode(PreviewImage.render(otherText)))).isFalse();
    }

    @Test
    void nullsAreGapsNotZeros() throws IOException {
        ChartData gappy = chart(MONTHS, ChartData.Series.line("Industrie (C)",
                values("103.7", null, "104.9", null, null, "103.8")));
        ChartData zero = chart(MONTHS, ChartData.Series.line("Industrie (C)",
                values("103.7", "0", "104.9", "0", "0", "103.8")));

        BufferedImage withGaps = decode(PreviewImage.render(spec(gappy, NL)));
        BufferedImage withZeros = decode(PreviewImage.render(spec(zero, NL)));

        assertThat(samePixels(withGaps, withZeros)).isFalse();
    }

    @Test
    void mixedSeriesWithShortValueListsRender() throws IOException {
        ChartData mixed = new ChartData("mix", MONTHS, List.of(
                ChartData.Series.line("Chemie (20)", values("80.4", "80.7", null, "80.8", "79.3", "81.5")),
                ChartData.Series.reference("Industrie (C)", values("103.7", "102.7", "104.9")),
                new ChartData.Series("Thin", "line", "y", "thin", values(null, "90", null, null, "91", null)),
                ChartData.Series.bars("t.o.v. jaar eerder", "y2", values("-0.1", "-1.0", "0.0", "2.1", null, "0.3"))),
                "Index", "%", "alt");

        assertThat(decode(PreviewImage.render(spec(mixed, NL))).getHeight()).isEqualTo(630);
    }

    @Test
    void englishAndDutchBothRenderAndDiffer() throws IOException {
        BufferedImage dutch = decode(PreviewImage.render(spec(total(), NL)));
        BufferedImage english = decode(PreviewImage.render(spec(total(), Locale.ENGLISH)));

        assertThat(english.getWidth()).isEqualTo(1200);
        // "103,8" against "103.8" on the axis ticks
        assertThat(samePixels(dutch, english)).isFalse();
    }

    @Test
    void withoutHeadlineAndSourceStillRenders() throws IOException {
        PreviewSpec bare = PreviewSpec.og("A very long title that will certainly not fit on a single line of the "
                + "preview card and must wrap, or even be cut short with an ellipsis at the end of line two",
                null, null, total(), null, null, null, Locale.ENGLISH);

        assertThat(decode(PreviewImage.render(bare)).getWidth()).isEqualTo(1200);
    }

    @Test
    void releaseDateLabelsRender() throws IOException {
        List<String> releases = List.of("2026-01-09", "2026-02-10", "2026-03-10", "2026-04-10");
        ChartData revisions = chart(releases, ChartData.Series.bars("Nov 2025", "y",
                values("0.7", "0.4", "0.3", "-0.3")));

        assertThat(decode(PreviewImage.render(spec(revisions, NL))).getWidth()).isEqualTo(1200);
    }

    @Test
    void rejectsAbsurdSizes() {
        assertThatThrownBy(() -> new PreviewSpec("t", null, null, null, null, null, null, NL, 100_000, 630))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void axisLabelsFollowThePageLanguage() {
        assertThat(PreviewImageAxis.display("2025-11", NL)).isEqualTo("nov 2025");
        assertThat(PreviewImageAxis.display("2025-11", Locale.ENGLISH)).isEqualTo("Nov 2025");
        assertThat(PreviewImageAxis.display("2026-01-09", NL)).isEqualTo("9 jan 2026");
        assertThat(PreviewImageAxis.display("2026-01-09", Locale.UK)).isEqualTo("9 Jan 2026");
        assertThat(PreviewImageAxis.display("Q4", NL)).isEqualTo("Q4");
        assertThat(PreviewImageChart.tickFormat(NL).format(103.8)).isEqualTo("103,8");
        assertThat(PreviewImageChart.tickFormat(Locale.ENGLISH).format(-0.5)).isEqualTo("\u22120.5");
    }

    @Test
    void aKeptCanvasDrawsExactlyWhatAFreshOneDraws() {
        PreviewSpec first = spec(total(), NL);
        PreviewSpec second = PreviewSpec.og("Other title", null, null, null, "Geen gegevens voor deze keuze",
                "Bron: CBS", "Industriemonitor", NL);
        BufferedImage canvas = PreviewImage.canvas(first);
        PreviewImage.render(first, canvas);
        assertThat(PreviewImage.render(second, canvas)).isEqualTo(PreviewImage.render(second));
        assertThat(PreviewImage.render(first, canvas)).isEqualTo(PreviewImage.render(first));
    }
}
