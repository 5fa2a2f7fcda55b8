package nl.industriemonitor.imports.eurostat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled Eurostat files read the plainest way (split at commas), independent of the app's reader, so that
 * tests can compare what the app stores and shows with the files cell for cell.
 */
public final class EurostatFiles {

    /** One cell of the files. */
    public record Key(String nace, String geo, YearMonth month) {
    }

    public static final List<String> DIVISIONS = List.of("C10", "C11", "C12", "C17", "C18", "C20", "C21", "C22");

    private EurostatFiles() {
    }

    /** Every non-empty cell of one division's file. */
    public static Map<Key, BigDecimal> division(String nace) throws IOException {
        String name = "data/eurostat/sts_inpr_m_" + nace + ".csv";
        String text;
        try (InputStream in = EurostatFiles.class.getClassLoader().getResourceAsStream(name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\r?\n");
        String[] header = lines[0].split(",", -1);
        Map<Key, BigDecimal> cells = new LinkedHashMap<>();
        for (int l = 1; l < lines.length; l++) {
            String[] fields = lines[l].split(",", -1);
            for (int i = 6; i < header.length; i++) {
                if (!fields[i].isEmpty()) {
                    cells.put(new Key(fields[2], fields[5], YearMonth.parse(header[i])), new BigDecimal(fields[i]));
                }
            }
        }
        return cells;
    }

    /** Every non-empty cell of every bundled file. */
    public static Map<Key, BigDecimal> all() throws IOException {
        Map<Key, BigDecimal> cells = new LinkedHashMap<>();
        for (String nace : DIVISIONS) {
            cells.putAll(division(nace));
        }
        return cells;
    }
}
