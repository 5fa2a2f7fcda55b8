package nl.industriemonitor.follow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import nl.industriemonitor.analysis.BranchReleases;
import nl.industriemonitor.analysis.ReleaseChanges;
import nl.industriemonitor.analysis.lagging.LaggingSwitches;
import nl.industriemonitor.analysis.lagging.RuleSettings;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.releases.ReleaseFeed;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;
import nl.industriemonitor.web.PublicUrl;

/**
 * The Atom feeds that follow a branch ({@code /nl/sector/20.atom}) or a group ({@code /nl/group/energy-intensive.atom}):
 * one entry per publication that added or revised any of their figures, newest first, each linking the page
 * pinned at that publication.
 */
@ApplicationScoped
public class FollowFeeds {

    /** Feed readers look at the recent past; twenty years of monthly publications stay within this. */
    static final int MAX_ENTRIES = 50;
    static final int MAX_REVISIONS = 5;

    @CheckedTemplate(basePath = "follow")
    static class Templates {
        static native TemplateInstance entry(FeedEntry entry);
    }

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    @Inject
    PublicUrl publicUrl;

    static FollowMessages messages(Lang lang) {
        return MessageBundles.get(FollowMessages.class, Localized.Literal.of(lang.code));
    }

    /**
     * The feed of the page {@code /lang/page} (e.g. "sector/20"), named {@code name}, following {@code codes};
     * {@code group} names the branch in every line.
     */
    public Response feed(Lang lang, String page, String name, List<String> codes, boolean group) {
        Snapshot snapshot = snapshots.current();
        String base = publicUrl.base();
        String pageUrl = base + "/" + lang.code + "/" + page;
        FollowMessages msg = messages(lang);
        List<BranchInfo> branches = codes.stream().map(c -> snapshot.latest().branch(c)).flatMap(Optional::stream).toList();
        Map<LocalDate, Instant> imported = new TreeMap<>();
        snapshot.releases().stream().filter(r -> r.published() != null)
                .forEach(r -> imported.merge(r.published(), r.importedAt(), (a, b) -> a.isAfter(b) ? a : b));
        List<Map.Entry<LocalDate, ReleaseChanges.Result>> dates = new ArrayList<>(
                BranchReleases.of(snapshot, branches.stream().map(BranchInfo::code).toList()).entrySet());
        dates.sort(Map.Entry.<LocalDate, ReleaseChanges.Result>comparingByKey().reversed());
        List<ReleaseFeed.Entry> entries = new ArrayList<>();
        for (var e : dates.subList(0, Math.min(MAX_ENTRIES, dates.size()))) {
            LocalDate date = e.getKey();
            ReleaseChanges.Result changes = e.getValue();
            FeedEntry entry = entry(lang, snapshot, branches, date, pageUrl + "?asof=" + date, group, changes);
            String label = Formats.label(date, lang.locale);
            entries.add(new ReleaseFeed.Entry(entry.pinnedUrl(),
                    msg.entry_title(name, label, changes.added().size(), changes.revised().size()),
                    msg.entry_summary(changes.added().size(), changes.revised().size(), entry.switches().size()),
                    imported.get(date), date, Templates.entry(entry).setLocale(lang.locale).render()));
        }
        Instant updated = entries.stream().map(ReleaseFeed.Entry::updated).max(Comparator.naturalOrder())
                .orElse(snapshot.lastImport());
        ReleaseFeed.Head head = new ReleaseFeed.Head(lang.code, pageUrl + ".atom", msg.feed_title(name),
                msg.feed_subtitle(name), pageUrl + ".atom", pageUrl, updated, links.messages(lang).site_name(),
                links.messages(lang).export_licence());
        return Response.ok(ReleaseFeed.atom(head, entries)).type(ReleaseFeed.TYPE).build();
    }

    private static FeedEntry entry(Lang lang, Snapshot snapshot, List<BranchInfo> branches, LocalDate date,
                                   String pinnedUrl, boolean group, ReleaseChanges.Result changes) {
        List<FeedEntry.Latest> latest = new ArrayList<>();
        for (BranchInfo b : branches) {
            List<ReleaseChanges.Added> own = changes.added().stream().filter(a -> a.branch().equals(b.code())).toList();
            own.stream().map(ReleaseChanges.Added::month).max(Comparator.naturalOrder()).ifPresent(month ->
                    latest.add(new FeedEntry.Latest(b, month, added(own, month, Measure.YOY_CA),
                            added(own, month, Measure.MOM_SA), added(own, month, Measure.INDEX_SA))));
        }
        List<FeedEntry.Revision> largest = changes.revised().stream().limit(MAX_REVISIONS)
                .map(r -> new FeedEntry.Revision(branch(branches, r.branch()), r)).toList();
        List<LaggingSwitches.Switch> switches = LaggingSwitches.between(snapshot.asOf(date.minusDays(1)),
                snapshot.asOf(date), branches, RuleSettings.defaults());
        return new FeedEntry(lang, date, pinnedUrl, group, latest, changes.added().size(), largest,
                changes.revised().size(), switches);
    }

    private static Figure added(List<ReleaseChanges.Added> own, YearMonth month, Measure measure) {
        return own.stream().filter(a -> a.month().equals(month) && a.measure() == measure)
                .map(ReleaseChanges.Added::figure).findFirst().orElse(null);
    }

    private static BranchInfo branch(List<BranchInfo> branches, String code) {
        return branches.stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }

    /** The feed's address for a page's share view, e.g. {@code /nl/sector/20.atom}. */
    public static String href(Lang lang, String page) {
        return "/" + lang.code + "/" + page + ".atom";
    }
}
