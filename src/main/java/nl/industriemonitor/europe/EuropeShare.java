package nl.industriemonitor.europe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.industriemonitor.share.DataTable;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Formats;

/** The europe view as a shareable view: canonical URL, preview texts, and its month × country table as data. */
final class EuropeShare {

    private EuropeShare() {
    }

    static ShareView of(EuropePage page, LocalDate latestRelease) {
        EuropePanel panel = page.panel();
        EuropeMessages msg = EuropeTables.messages(page.lang());
        String countries = panel.columns().stream().map(EuropePanel.Column::label).collect(Collectors.joining(", "));
        List<String> columns = new ArrayList<>(List.of("month"));
        panel.columns().forEach(c -> columns.add(c.geo()));
        return new ShareView(page.lang(), "europe", params(page.query()), page.query().asOf(), latestRelease,
                msg.share_title(panel.branch()), msg.share_description(countries,
                Formats.label(panel.from(), page.lang().locale), Formats.label(panel.to(), page.lang().locale)),
                null, null, panel.chart(), new DataTable(columns, page.rows()), panel.releases());
    }

    /** {@code nace}, {@code geo} (in {@link Countries#ORDER}) and {@code from} always; {@code to} when chosen. */
    static Map<String, String> params(EuropeQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("nace", query.nace());
        params.put("geo", String.join(",", query.geos()));
        params.put("from", query.from().toString());
        if (query.toGiven()) {
            params.put("to", query.to().toString());
        }
        return params;
    }
}
