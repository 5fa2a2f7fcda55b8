package nl.industriemonitor.europe;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The europe view's choices, read and checked: a division, its countries in {@link Countries#ORDER}, a period. */
public record EuropeQuery(String nace, List<String> geos, YearMonth from, YearMonth to, boolean toGiven, LocalDate asOf) {

    public EuropeQuery {
        geos = List.copyOf(geos);
    }
}
