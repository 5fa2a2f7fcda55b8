package nl.industriemonitor.sector;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.events.EventList;
import nl.industriemonitor.share.DataTable;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Messages;

/** The branch page as a shareable view: canonical URL, preview texts, and its chart's table as data. */
final class SectorShare {

    /** The chart starts here unless the URL says otherwise; the default is left out of the canonical URL. */
    static final YearMonth DEFAULT_FROM = YearMonth.of(2021, 1);

    private SectorShare() {
    }

    static ShareView of(SectorPage page, YearMonth requestedFrom, LocalDate latestRelease, Messages msg) {
        var locale = page.lang().locale;
        SectorChart chart = page.chart();
        Map<String, String> params = new LinkedHashMap<>();
        if (chart.measure() != Measure.INDEX_SA) {
            params.put("measure", chart.measure().code);
        }
        if (requestedFrom != null && !requestedFrom.equals(DEFAULT_FROM)) {
            params.put("from", requestedFrom.toString());
        }
        if (page.month() != null) {
            params.put("month", page.month().toString());
        }
        if (!chart.eventsShown()) {
            params.put(EventList.PARAM, EventList.HIDDEN);
        }
        String code = page.branch().code();
        String title = page.name() + (page.branch().hasSbiCode() ? " (" + code + ")" : "");
        Figure yoy = page.yoy() == null ? null : page.yoy().figure();
        Figure mom = page.mom() == null ? null : page.mom().figure();
        String description = msg.branch_description(
                yoy == null ? msg.no_data() : Formats.pct(yoy.amount(), locale) + " (" + Formats.label(page.yoy().month(), locale) + ")",
                mom == null ? msg.no_data() : Formats.pct(mom.amount(), locale) + " (" + Formats.label(page.mom().month(), locale) + ")");
        List<String> columns = new ArrayList<>(List.of("month", code));
        if (chart.withTotal()) {
            columns.add(BranchInfo.TOTAL);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (SectorChart.Row r : chart.rows()) {
            List<Object> row = new ArrayList<>(Arrays.asList(r.month(), amount(r.branch())));
            if (chart.withTotal()) {
                row.add(amount(r.total()));
            }
            rows.add(row);
        }
        List<ReleaseInfo> releases = Stream.concat(Stream.of(yoy, mom),
                        chart.rows().stream().flatMap(r -> Stream.of(r.branch(), r.total())))
                .filter(Objects::nonNull).map(Figure::release).distinct().sorted(Snapshot.RELEASE_ORDER).toList();
        return new ShareView(page.lang(), "sector/" + code, params, page.asOf(), latestRelease, title, description,
                yoy == null ? null : Formats.pct(yoy.amount(), locale),
                yoy == null ? null : msg.col_yoy() + ", " + Formats.label(page.yoy().month(), locale),
                chart.data(), new DataTable(columns, rows), releases);
    }

    private static BigDecimal amount(Figure f) {
        return f == null ? null : f.amount();
    }
}
