package nl.industriemonitor.compare;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.events.EventList;
import nl.industriemonitor.share.DataTable;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;

/** The comparison as a shareable view: canonical URL, preview texts, and its month × branch table as data. */
final class CompareShare {

    private CompareShare() {
    }

    static ShareView of(ComparePage page, LocalDate latestRelease) {
        Lang lang = page.lang();
        CompareQuery query = page.query();
        CompareMessages msg = CompareParameters.messages(lang);
        String branches = query.branches().stream().map(b -> BranchColumn.label(b, lang.code))
                .collect(Collectors.joining(", "));
        String description = msg.share_description(page.measureLabel(), Formats.label(query.from(), lang.locale),
                Formats.label(query.to(), lang.locale))
                + (query.rebased() ? " " + msg.share_rebased(Formats.label(query.rebase(), lang.locale)) : "");
        List<String> columns = new ArrayList<>(List.of("month"));
        page.columns().forEach(c -> columns.add(c.branch().code()));
        // the numbers as the table prints them; rows and columns are those of the table
        List<List<BigDecimal>> values = page.columns().stream().map(c -> c.shownValues(query.rebased())).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < page.rows().size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(page.rows().get(i).month());
            for (List<BigDecimal> column : values) {
                row.add(column.get(i));
            }
            rows.add(row);
        }
        List<ReleaseInfo> releases = page.columns().stream().flatMap(c -> c.releases().stream()).distinct()
                .sorted(Snapshot.RELEASE_ORDER).toList();
        Map<String, String> params = params(query);
        if (!page.eventsShown()) {
            params.put(EventList.PARAM, EventList.HIDDEN);
        }
        return new ShareView(lang, "compare", params, query.asOf(), latestRelease, msg.share_title(branches),
                description, null, null, page.chart(), new DataTable(columns, rows), releases);
    }

    /**
     * The comparison's parameters in URL order with the defaults left out: {@code sectors} always (in
     * {@link CompareParameters#ORDER}), {@code measure} unless index_sa, {@code from} unless 2021-01,
     * {@code to} only when chosen, {@code rebase} when given.
     */
    static Map<String, String> params(CompareQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        // a code such as 16+23 is encoded: a plain "+" in a query string reads as a blank
        params.put("sectors", query.branches().stream().map(b -> URLEncoder.encode(b.code(), StandardCharsets.UTF_8))
                .collect(Collectors.joining(",")));
        if (query.measure() != Measure.INDEX_SA) {
            params.put("measure", query.measure().code);
        }
        if (!query.from().equals(CompareParameters.DEFAULT_FROM)) {
            params.put("from", query.from().toString());
        }
        if (query.toGiven()) {
            params.put("to", query.to().toString());
        }
        if (query.rebased()) {
            params.put("rebase", query.rebase().toString());
        }
        return params;
    }
}
