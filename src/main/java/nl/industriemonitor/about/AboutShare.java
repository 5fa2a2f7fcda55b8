package nl.industriemonitor.about;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.share.DataTable;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Formats;

/** The data page as a shareable view: its canonical URL, preview texts, and the coverage table as data. */
final class AboutShare {

    private AboutShare() {
    }

    static ShareView of(AboutPage page, LocalDate latestRelease) {
        AboutMessages msg = MessageBundles.get(AboutMessages.class, Localized.Literal.of(page.lang().code));
        List<String> columns = new ArrayList<>(List.of("branch", "name"));
        for (Measure m : page.measures()) {
            columns.add(m.code + "_first");
            columns.add(m.code + "_last");
            columns.add(m.code + "_months");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AboutPage.CoverageRow r : page.coverage()) {
            List<Object> row = new ArrayList<>(List.of(r.branch().code(), r.branch().name(page.lang().code)));
            for (AboutPage.Span s : r.spans()) {
                row.add(s.first());
                row.add(s.last());
                row.add(BigDecimal.valueOf(s.count()));
            }
            rows.add(row);
        }
        List<ReleaseInfo> releases = page.releases().stream().map(AboutPage.ReleaseRow::release)
                .sorted(Snapshot.RELEASE_ORDER).toList();
        LocalDate newest = releases.stream().map(ReleaseInfo::published).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        String description = msg.share_description(page.coverage().size(), releases.size(),
                newest == null ? "" : Formats.label(newest, page.lang().locale));
        // no chart: the page has none, so the share bar offers no embed and the preview says "no data"
        return new ShareView(page.lang(), "data", Map.of(), page.asOf(), latestRelease, msg.title(), description,
                null, null, null, new DataTable(columns, rows), releases);
    }
}
