package nl.industriemonitor.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.industriemonitor.analysis.HistoryStanding;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.share.DataTable;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Messages;

/** The overview as a shareable view: its canonical URL, preview texts, and the branch table as data. */
final class OverviewShare {

    static final List<String> COLUMNS = List.of("branch", "name", "yoy_ca", "yoy_ca_month", "mom_sa",
            "gap_to_total_points", "lagging", "long_run", "long_run_month", "index_sa_vs_2021_pct");

    private OverviewShare() {
    }

    static ShareView of(OverviewPage page, boolean monthRequested, LocalDate latestRelease, Messages msg) {
        Map<String, String> params = new LinkedHashMap<>();
        if (monthRequested) {
            params.put("month", page.month().toString());
        }
        var locale = page.lang().locale;
        Figure yoy = page.headline().yoy();
        Figure mom = page.headline().mom();
        String title = msg.overview_title(Formats.label(page.month(), locale));
        String description = msg.overview_description(yoy == null ? msg.no_data() : Formats.pct(yoy.amount(), locale),
                yoy == null || yoy.release().published() == null ? msg.published_unknown()
                        : Formats.label(yoy.release().published(), locale),
                mom == null ? msg.no_data() : Formats.pct(mom.amount(), locale));
        List<List<Object>> rows = new ArrayList<>();
        HistoryStanding total = page.summary().totalHistory();
        rows.add(java.util.Arrays.asList(BranchInfo.TOTAL, msg.headline_heading(), amount(yoy), yoy == null ? null : page.month(),
                amount(mom), null, null, total.code(), total.namedMonth(), oneDecimal(total.versus2021())));
        // the divisions as the table ranks them, then CBS's aggregates as their own table lists them
        List<BranchRow> branches = Stream.concat(page.rows().stream(), page.groupRows().stream()).toList();
        for (BranchRow r : branches) {
            rows.add(java.util.Arrays.asList(r.branch().code(), r.branch().name(page.lang().code), amount(r.yoy()),
                    r.yoyMonth(), amount(r.mom()), r.gap(),
                    r.flags().stream().map(f -> f.rule().id).collect(Collectors.joining(" ")), r.history().code(),
                    r.history().namedMonth(), oneDecimal(r.history().versus2021())));
        }
        List<ReleaseInfo> releases = Stream.concat(Stream.of(yoy, mom),
                        branches.stream().flatMap(r -> Stream.of(r.yoy(), r.mom(), r.history().value())))
                .filter(Objects::nonNull).map(Figure::release).distinct()
                .sorted(nl.industriemonitor.data.Snapshot.RELEASE_ORDER).toList();
        return new ShareView(page.lang(), "", params, page.asOf(), latestRelease, title, description,
                yoy == null ? null : Formats.pct(yoy.amount(), locale), msg.col_yoy(), page.totalChart(),
                new DataTable(COLUMNS, rows), releases);
    }

    /** Our own calculation, as the page prints it. */
    private static java.math.BigDecimal oneDecimal(java.math.BigDecimal value) {
        return value == null ? null : value.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    private static java.math.BigDecimal amount(Figure f) {
        return f == null ? null : f.amount();
    }
}
