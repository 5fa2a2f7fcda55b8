package nl.industriemonitor.europe;

import java.util.List;

import nl.industriemonitor.web.Lang;

/**
 * The europe view: its query, the panel of figures, the same figures as numbers for the downloads, and the
 * divisions Eurostat has, for the form.
 */
public record EuropePage(Lang lang, EuropeQuery query, EuropePanel panel, List<List<Object>> rows,
                         List<Division> divisions, String otherLangHref) {

    public int maxGeos() {
        return EuropeParameters.MAX_GEOS;
    }

    /** An option of the division select. */
    public record Division(String nace, String name, boolean selected) {
    }
}
