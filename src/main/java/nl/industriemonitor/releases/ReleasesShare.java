package nl.industriemonitor.releases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.industriemonitor.analysis.ReleaseChanges;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.share.DataTable;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Formats;

/** The release pages as shareable views: canonical URL, preview texts, and their tables as data. */
final class ReleasesShare {

    /** Revised figures first (largest first, as on the page), then new ones; {@code difference} is new minus old, exact. */
    static final List<String> COLUMNS = List.of("change", "branch", "name", "measure", "month", "previous", "value",
            "difference", "previous_published", "published");
    static final List<String> INDEX_COLUMNS = List.of("published", "tables", "revised", "new", "unchanged", "sources");

    private ReleasesShare() {
    }

    static ShareView of(ReleasePage page, DataView branches, String description, LocalDate latestRelease) {
        ReleasesMessages msg = ReleasesService.messages(page.lang());
        String code = page.lang().code;
        List<List<Object>> rows = new ArrayList<>();
        for (ReleaseChanges.Revision r : page.changes().revised()) {
            rows.add(Arrays.asList("revised", r.branch(), ReleasesService.branch(branches, r.branch()).name(code),
                    r.measure().code, r.month(), r.before().amount(), r.after().amount(), r.difference(),
                    r.before().release().published(), r.after().release().published()));
        }
        for (ReleaseChanges.Added a : page.changes().added()) {
            rows.add(Arrays.asList("new", a.branch(), ReleasesService.branch(branches, a.branch()).name(code),
                    a.measure().code, a.month(), null, a.figure().amount(), null, null, a.figure().release().published()));
        }
        List<ReleaseInfo> releases = Stream.concat(page.sources().stream().map(ReleasePage.Source::release),
                        page.changes().revised().stream().map(r -> r.before().release()))
                .distinct().sorted(Snapshot.RELEASE_ORDER).toList();
        return new ShareView(page.lang(), "releases/" + page.date(), Map.of(), null, latestRelease,
                msg.share_title(Formats.label(page.date(), page.lang().locale)), description,
                String.valueOf(page.changes().revised().size()), msg.preview_label(page.changes().added().size()),
                page.chart(), new DataTable(COLUMNS, rows), releases);
    }

    static ShareView index(ReleaseIndex page, LocalDate latestRelease) {
        ReleasesMessages msg = ReleasesService.messages(page.lang());
        List<List<Object>> rows = new ArrayList<>();
        for (ReleaseIndex.Row r : page.rows()) {
            rows.add(Arrays.asList(r.date(), String.join(" ", r.datasets().stream().map(d -> d.tableId).toList()),
                    count(r.counts().revised()), count(r.counts().added()), count(r.counts().unchanged()), r.sources()));
        }
        List<ReleaseInfo> releases = page.rows().stream().flatMap(r -> r.releases().stream())
                .sorted(Snapshot.RELEASE_ORDER).toList();
        String description = page.rows().isEmpty() ? msg.index_empty()
                : msg.index_description(page.rows().size(), Formats.label(page.rows().get(0).date(), page.lang().locale));
        return new ShareView(page.lang(), "releases", Map.of(), null, latestRelease, msg.index_title(), description,
                null, null, page.chart(), new DataTable(INDEX_COLUMNS, rows), releases);
    }

    private static BigDecimal count(int n) {
        return BigDecimal.valueOf(n);
    }
}
