package nl.industriemonitor.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.industriemonitor.share.DataTable;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Formats;

/**
 * The cycle view as a shareable view: canonical URL ({@code month} always, so a shared link keeps its month), preview
 * texts, and its points as data: one row per branch and month, the trail's months first, the chosen month last.
 */
final class CycleShare {

    private CycleShare() {
    }

    static ShareView of(CyclePage page, LocalDate latestRelease) {
        CycleMessages msg = CycleTexts.messages(page.lang());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("month", page.month().toString());
        List<String> columns = List.of("branch", "name", "month", "yoy_ca", "change_3m3m_index_sa", "quadrant", "since",
                "since_open");
        List<List<Object>> rows = new ArrayList<>();
        int[] counts = new int[Quadrant.values().length];
        for (CyclePositions.Placed p : page.result().placed()) {
            counts[p.now().quadrant().ordinal()]++;
            for (CyclePositions.Point t : p.trail()) {
                rows.add(row(p, t, null, page));
            }
            rows.add(row(p, p.now(), p.since(), page));
        }
        String title = msg.title(Formats.label(page.month(), page.lang().locale));
        String description = msg.description(page.result().placed().size(), counts[0], counts[1], counts[2], counts[3]);
        return new ShareView(page.lang(), "cycle", params, page.asOf(), latestRelease, title, description, null, null,
                null, new DataTable(columns, rows), page.releases());
    }

    private static List<Object> row(CyclePositions.Placed p, CyclePositions.Point t, java.time.YearMonth since,
                                    CyclePage page) {
        List<Object> row = new ArrayList<>();
        row.add(p.branch().code());
        row.add(p.branch().name(page.lang().code));
        row.add(t.month());
        row.add(t.yoy());
        row.add(CycleService.round(t.momentum()));
        row.add(t.quadrant().code);
        row.add(since);
        // true: the quadrant may have begun earlier than "since" (a month before it lacks figures)
        row.add(since == null ? null : p.sinceOpen());
        return row;
    }
}
