package nl.industriemonitor.europe;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.data.EuropeData;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageException;
import nl.industriemonitor.web.PageLinks;

/** Reads the europe view's URL parameters into an {@link EuropeQuery}; bad values become 400 pages. */
@ApplicationScoped
public class EuropeParameters {

    static final String DEFAULT_NACE = "C20";
    static final int MAX_GEOS = 8;

    @Inject
    PageLinks links;

    /**
     * @param latest the newest Eurostat figures, to refuse months after them (an {@code asof} view may show months
     *               published later as missing, but none from the future)
     */
    public EuropeQuery read(Lang lang, EuropeData.View view, EuropeData.View latest, String naceParam,
                            List<String> geoParams, String fromParam, String toParam, LocalDate asOf) {
        EuropeMessages msg = EuropeTables.messages(lang);
        String nace = naceParam == null || naceParam.isBlank() ? DEFAULT_NACE : naceParam.strip().toUpperCase(java.util.Locale.ROOT);
        List<String> divisions = latest.divisions();
        if (!EuropeData.isNace(nace) || !divisions.contains(nace)) {
            throw badRequest(lang, msg.unknown_nace(naceParam, String.join(", ", divisions)));
        }
        List<String> known = latest.geos(nace);
        List<String> raw = codes(lang, geoParams);
        for (String geo : raw) {
            if (!known.contains(geo.toUpperCase(java.util.Locale.ROOT))) {
                // named as written: the reader should recognise what they sent
                throw badRequest(lang, msg.unknown_geo(geo, String.join(", ", known.stream().sorted(Countries.ORDER).toList())));
            }
        }
        List<String> geos = raw.stream().map(g -> g.toUpperCase(java.util.Locale.ROOT)).distinct().toList();
        List<String> ordered = geos.stream().sorted(Countries.ORDER).toList();
        YearMonth last = latest.lastMonth(nace, known).orElseThrow();
        YearMonth from = links.month(lang, fromParam);
        YearMonth to = links.month(lang, toParam);
        for (YearMonth m : new YearMonth[] {from, to}) {
            if (m != null && m.isAfter(last)) {
                throw badRequest(lang, msg.after_data(Formats.label(m, lang.locale), Formats.label(last, lang.locale)));
            }
        }
        if (from == null) {
            from = view.firstMonth(nace, ordered).or(() -> latest.firstMonth(nace, ordered)).orElse(last);
        }
        boolean toGiven = to != null;
        if (to == null) {
            YearMonth start = from;
            to = view.lastMonth(nace, ordered).filter(m -> !m.isBefore(start)).orElse(from);
        }
        if (from.isAfter(to)) {
            throw badRequest(lang, msg.from_after_to(Formats.label(from, lang.locale), Formats.label(to, lang.locale)));
        }
        return new EuropeQuery(nace, ordered, from, to, toGiven, asOf);
    }

    /** Repeated {@code geo} from the form or one comma-separated list from a link; none: NL, DE and EU27. */
    private List<String> codes(Lang lang, List<String> params) {
        if (params == null || params.isEmpty()) {
            return Countries.DEFAULT;
        }
        Set<String> codes = new LinkedHashSet<>();
        params.stream().flatMap(s -> Arrays.stream(s.split(","))).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(codes::add);
        if (codes.isEmpty()) {
            throw badRequest(lang, EuropeTables.messages(lang).no_geos());
        }
        if (codes.size() > MAX_GEOS) {
            throw badRequest(lang, EuropeTables.messages(lang).too_many_geos(MAX_GEOS, codes.size()));
        }
        return List.copyOf(codes);
    }

    private PageException badRequest(Lang lang, String message) {
        return new PageException(400, lang, message,
                List.of(new PageException.Link("/" + lang.code + "/europe", EuropeTables.messages(lang).link_default()),
                        links.home(lang)));
    }
}
