package nl.industriemonitor.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import nl.industriemonitor.web.ChartData;

/** Renders previews from the bundled real figures into target/ to be looked at, and times them. */
class PreviewImageSampleTest {

    private static final String SOURCE = "jnj-candidate-assignment csv";
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    /** Seasonally adjusted index of one branch by month, from the bundled snapshot. */
    private static Map<String, BigDecimal> indexSa(String branch) throws IOException {
        Map<String, BigDecimal> byMonth = new LinkedHashMap<>();
        try (InputStream in = PreviewImageSampleTest.class.getResourceAsStream("/data/cbs-85806NED-monthly.csv");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                if (row.get("sbi_code").equals(branch) && row.get("source").equals(SOURCE)
                        && !row.get("production_index_sa").isEmpty()) {
                    byMonth.put(row.get("period"), new BigDecimal(row.get("production_index_sa")));
                }
            }
        }
        return byMonth;
    }

    private static List<BigDecimal> pick(Map<String, BigDecimal> byMonth, List<String> months) {
        List<BigDecimal> values = new ArrayList<>();
        months.forEach(m -> values.add(byMonth.get(m)));
        return values;
    }

    private static List<String> months(String from, String to, Map<String, BigDecimal> byMonth) {
        return byMonth.keySet().stream().filter(m -> m.compareTo(from) >= 0 && m.compareTo(to) <= 0).toList();
    }

    private static void write(String name, byte[] png) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", name), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
    }

    @Test
    void totalManufacturingLastTwoYears() throws IOException {
        Map<String, BigDecimal> total = indexSa("C");
        List<String> months = months("2023-12", "2025-11", total);
        ChartData chart = new ChartData("overview", months,
                List.of(ChartData.Series.line("Industrie (C), seizoengecorrigeerd", pick(total, months))),
                "Productie-index (2021 = 100)", null, "Productie van de industrie");
        PreviewSpec spec = PreviewSpec.og("Industrie in november 2025", "+0,3 %", "Productie t.o.v. een jaar eerder",
                chart, "Geen gegevens", "Bron: CBS, tabel 85806NED, 10 maart 2026", "Industriemonitor", NL);

        write("preview-sample.png", PreviewImage.render(spec));
    }

    @Test
    void chemicalsAgainstTotalSince2021InEnglish() throws IOException {
        Map<String, BigDecimal> total = indexSa("C");
        Map<String, BigDecimal> chemicals = indexSa("20");
        List<String> months = months("2021-01", "2026-01", total);
        List<BigDecimal> gappy = pick(chemicals, months);
        gappy.set(30, null); // one missing month shows as a gap
        ChartData chart = new ChartData("branch", months, List.of(
                ChartData.Series.line("Chemicals (20)", gappy),
                ChartData.Series.reference("Total manufacturing (C)", pick(total, months))),
                "Production index, seasonally adjusted (2021 = 100)", null, "Chemicals against total");
        PreviewSpec spec = PreviewSpec.og("Chemicals lag total manufacturing", "81.5",
                "Index Nov 2025, 2021 = 100", chart, "No data", "Source: CBS (Statistics Netherlands), 10 March 2026",
                "Industriemonitor", Locale.ENGLISH);

        write("preview-sample-long.png", PreviewImage.render(spec));
    }
}
