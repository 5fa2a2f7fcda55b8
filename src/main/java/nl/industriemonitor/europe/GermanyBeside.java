package nl.industriemonitor.europe;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import nl.industriemonitor.data.EuropeData;

/**
 * Germany beside the Netherlands for the branches of a group, from Eurostat: each member's index (2021 = 100) in one
 * month and a year before, where Eurostat has figures of both countries; the members it has none of are named.
 *
 * @param month the newest month with Eurostat figures at or before the group page's month; null when there is none
 */
public record GermanyBeside(YearMonth month, List<Row> rows) {

    /** One member; {@code nace} null when Eurostat has no such division (CBS's aggregates). */
    public record Row(String code, String name, String nace, BigDecimal nl, BigDecimal de, BigDecimal nlYearBefore,
                      BigDecimal deYearBefore, boolean covered) {
    }

    public record Member(String code, String name) {
    }

    public boolean anyCovered() {
        return rows.stream().anyMatch(Row::covered);
    }

    public List<Row> uncovered() {
        return rows.stream().filter(r -> !r.covered()).toList();
    }

    /** "Aardolie-industrie (19), ..." for the sentence that names them. */
    public String uncoveredNames() {
        return uncovered().stream().map(r -> r.name() + " (" + r.code() + ")").collect(java.util.stream.Collectors.joining(", "));
    }

    public YearMonth yearBefore() {
        return month == null ? null : month.minusYears(1);
    }

    /** The comparison for {@code members} in the newest month at or before {@code notAfter} that Eurostat has. */
    public static GermanyBeside of(EuropeData.View view, List<Member> members, YearMonth notAfter) {
        List<String> both = List.of("NL", "DE");
        YearMonth month = members.stream().flatMap(m -> EuropeData.nace(m.code()).stream())
                .flatMap(nace -> latestBoth(view, nace, notAfter).stream()).max(YearMonth::compareTo).orElse(null);
        List<Row> rows = members.stream().map(m -> {
            Optional<String> nace = EuropeData.nace(m.code());
            if (nace.isEmpty() || month == null || !view.geos(nace.get()).containsAll(both)) {
                return new Row(m.code(), m.name(), nace.orElse(null), null, null, null, null, false);
            }
            BigDecimal nl = amount(view, nace.get(), "NL", month);
            BigDecimal de = amount(view, nace.get(), "DE", month);
            return new Row(m.code(), m.name(), nace.get(), nl, de, amount(view, nace.get(), "NL", month.minusYears(1)),
                    amount(view, nace.get(), "DE", month.minusYears(1)), nl != null && de != null);
        }).toList();
        return new GermanyBeside(month, rows);
    }

    /** The newest month at or before {@code notAfter} with a figure of both countries. */
    private static Optional<YearMonth> latestBoth(EuropeData.View view, String nace, YearMonth notAfter) {
        Optional<YearMonth> first = view.firstMonth(nace, List.of("NL", "DE"));
        Optional<YearMonth> last = view.lastMonth(nace, List.of("NL", "DE"));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        for (YearMonth m = last.get().isAfter(notAfter) ? notAfter : last.get(); !m.isBefore(first.get()); m = m.minusMonths(1)) {
            if (amount(view, nace, "NL", m) != null && amount(view, nace, "DE", m) != null) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static BigDecimal amount(EuropeData.View view, String nace, String geo, YearMonth month) {
        return view.figure(nace, geo, month).map(EuropeData.Figure::amount).orElse(null);
    }
}
