package nl.industriemonitor.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The choice of period a chart's form offers as plain links (no script needed): since 2005, where the
 * bundled history begins, since 2015, and since 2021, the base year and the default view.
 */
public final class RangeLinks {

    /** The first months offered, oldest first. */
    public static final List<YearMonth> STARTS = List.of(YearMonth.of(2005, 1), YearMonth.of(2015, 1),
            YearMonth.of(2021, 1));

    /** One choice: its first month, where it leads, and whether the page shows it now. */
    public record Range(YearMonth from, String href, boolean current) {
        public int year() {
            return from.getYear();
        }
    }

    private RangeLinks() {
    }

    /**
     * The choices for the page {@code /lang/page} with its other parameters {@code params} (in URL order,
     * already encoded; a {@code from} among them is replaced) and {@code asOf}; the default start is left
     * out of the links, as canonical URLs leave it out.
     */
    public static List<Range> of(Lang lang, String page, Map<String, String> params, LocalDate asOf,
                                 YearMonth current, YearMonth defaultFrom) {
        return STARTS.stream().map(from -> {
            StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
            params.forEach((k, v) -> {
                // an end before the new start would make the link an error page: the period then runs to the latest
                if (!k.equals("from") && !(k.equals("to") && v.compareTo(from.toString()) < 0)) {
                    query.add(k + "=" + v);
                }
            });
            if (!from.equals(defaultFrom)) {
                query.add("from=" + from);
            }
            if (asOf != null) {
                query.add("asof=" + asOf);
            }
            return new Range(from, "/" + lang.code + "/" + page + query, from.equals(current));
        }).toList();
    }
}
