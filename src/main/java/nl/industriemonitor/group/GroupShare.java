package nl.industriemonitor.group;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.events.EventList;
import nl.industriemonitor.share.DataTable;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Messages;

/** A group page as a shareable view: canonical URL, preview texts, and its members table as data. */
final class GroupShare {

    static final List<String> COLUMNS = List.of("branch", "name", "yoy_ca", "yoy_ca_month", "mom_sa", "index_sa",
            "index_sa_month", "lagging", "long_run", "long_run_month", "index_sa_vs_2021_pct");

    private GroupShare() {
    }

    static ShareView of(GroupPage page, boolean monthRequested, LocalDate latestRelease, Messages common) {
        var locale = page.lang().locale;
        GroupMessages msg = GroupService.messages(page.lang());
        Map<String, String> params = new LinkedHashMap<>();
        if (monthRequested) {
            params.put("month", page.month().toString());
        }
        if (!page.from().equals(GroupIndexChart.START)) {
            params.put("from", page.from().toString());
        }
        if (!page.eventsShown()) {
            params.put(EventList.PARAM, EventList.HIDDEN);
        }
        String month = Formats.label(page.month(), locale);
        String total = page.totalYoy() == null ? common.no_data() : Formats.pct(page.totalYoy().amount(), locale);
        // the mean is printed at one decimal (our own calculation); the preview says what the page says
        String mean = page.mean() == null ? null : Formats.pct1(page.mean(), locale);
        String description = mean == null ? msg.share_description_no_mean(month, total)
                : msg.share_description(month, mean, total);
        List<List<Object>> rows = new ArrayList<>();
        for (MemberRow r : page.rows()) {
            rows.add(Arrays.asList(r.code(), r.name(), amount(r.yoy()), r.yoy() == null ? null : r.yoyMonth(),
                    amount(r.mom()), amount(r.index()), r.index() == null ? null : r.indexMonth(),
                    r.flags().stream().map(f -> f.rule().id).collect(Collectors.joining(" ")), r.history().code(),
                    r.history().namedMonth(), r.history().versus2021() == null ? null
                            : r.history().versus2021().setScale(1, java.math.RoundingMode.HALF_UP)));
        }
        List<ReleaseInfo> releases = page.rows().stream().flatMap(r -> Stream.of(r.yoy(), r.mom(), r.index()))
                .filter(Objects::nonNull).map(Figure::release).distinct().sorted(Snapshot.RELEASE_ORDER).toList();
        return new ShareView(page.lang(), "group/" + page.group().id(), params, page.asOf(), latestRelease,
                msg.title(page.text().name(), month), description, mean,
                mean == null ? null : msg.share_headline_label(month), page.chart(), new DataTable(COLUMNS, rows),
                releases);
    }

    private static BigDecimal amount(Figure f) {
        return f == null ? null : f.amount();
    }
}
