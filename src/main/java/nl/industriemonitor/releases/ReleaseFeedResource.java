package nl.industriemonitor.releases;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.share.ShareService;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;

/** {@code /nl/releases.atom}: the newest publications as an Atom feed, one entry per publication date. */
@Path("/{lang:nl|en}/releases.atom")
public class ReleaseFeedResource {

    /** Feed readers only look at the recent past; the page lists them all. */
    static final int MAX_ENTRIES = 50;

    @Inject
    ReleasesService service;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    @GET
    public Response feed(@PathParam("lang") String langCode, @Context ContainerRequestContext request) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        String base = ShareService.base(request);
        ReleasesMessages msg = ReleasesService.messages(lang);
        ReleaseIndex index = service.index(lang, "");
        List<ReleaseFeed.Entry> entries = index.rows().stream().limit(MAX_ENTRIES).map(r -> new ReleaseFeed.Entry(
                base + "/" + lang.code + "/releases/" + r.date(),
                msg.feed_entry_title(String.join("/", r.datasets().stream().map(d -> d.tableId).toList()),
                        Formats.label(r.date(), lang.locale), r.counts().revised(), r.counts().added()),
                service.description(lang, r.counts()), r.imported(), r.date())).toList();
        String pages = base + "/" + lang.code + "/releases";
        ReleaseFeed.Head head = new ReleaseFeed.Head(lang.code, pages, msg.feed_title(), msg.feed_subtitle(),
                pages + ".atom", pages, snapshots.current().lastImport(), links.messages(lang).site_name(),
                links.messages(lang).export_licence());
        return Response.ok(ReleaseFeed.atom(head, entries)).type(ReleaseFeed.TYPE).build();
    }
}
