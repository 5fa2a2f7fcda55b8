package nl.industriemonitor.europe;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Eurostat's geo codes as readers know them, and the order in which a view lists them: the Netherlands first,
 * then Germany and the EU, then the euro area, then every other country by code (so one comparison has one URL).
 */
public final class Countries {

    /** What the branch page shows, and the europe view without {@code geo}. */
    public static final List<String> DEFAULT = List.of("NL", "DE", "EU27_2020");
    private static final List<String> FIRST = List.of("NL", "DE", "EU27_2020", "EA21", "EA20", "EA19");

    public static final Comparator<String> ORDER = Comparator
            .comparingInt((String g) -> FIRST.contains(g) ? FIRST.indexOf(g) : FIRST.size()).thenComparing(g -> g);

    private Countries() {
    }

    /** "Duitsland" / "Germany"; the aggregates by their own text; an unknown code as itself. */
    public static String label(String geo, Locale locale, EuropeMessages msg) {
        return switch (geo) {
            case "EU27_2020" -> msg.geo_eu27();
            case "EA19" -> msg.geo_ea19();
            case "EA20" -> msg.geo_ea20();
            case "EA21" -> msg.geo_ea21();
            default -> {
                // Eurostat writes Greece as EL where ISO 3166 has GR
                String iso = "EL".equals(geo) ? "GR" : geo;
                String name = iso.length() == 2 ? new Locale("", iso).getDisplayCountry(locale) : iso;
                yield name.isEmpty() || name.equals(iso) ? geo : name;
            }
        };
    }
}
