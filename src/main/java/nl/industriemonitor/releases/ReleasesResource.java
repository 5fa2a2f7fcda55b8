package nl.industriemonitor.releases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.industriemonitor.analysis.ReleaseChanges;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.share.ShareService;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;

/**
 * What each CBS publication changed: {@code /nl/releases} lists every publication date,
 * {@code /nl/releases/2026-04-10} shows what the releases of that date added and revised.
 */
@Path("/{lang:nl|en}/releases")
public class ReleasesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ReleaseIndex page, ShareView share, String base);

        static native TemplateInstance page(ReleasePage page, ShareView share, String base);
    }

    @Inject
    ReleasesService service;

    @Inject
    PageLinks links;

    @Inject
    ShareService share;

    @Inject
    SnapshotHolder snapshots;

    @GET
    public Response index(@PathParam("lang") String langCode, @Context UriInfo uriInfo,
                          @Context ContainerRequestContext request) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        ReleaseIndex page = service.index(lang, links.otherLang(lang, uriInfo));
        ShareView view = ReleasesShare.index(page, snapshots.current().latestPublication());
        return share.respond(request, view, () -> Templates.index(page, view, ShareService.base(request)));
    }

    @GET
    @Path("{date}")
    public Response page(@PathParam("lang") String langCode, @PathParam("date") String date,
                         @Context UriInfo uriInfo, @Context ContainerRequestContext request) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        Snapshot snapshot = snapshots.current();
        ReleasePage page = service.page(lang, date, links.otherLang(lang, uriInfo));
        ReleaseChanges.Result c = page.changes();
        String description = service.description(lang, new ReleaseChanges.Counts(c.added().size(), c.revised().size(),
                c.unchanged(), c.revised().isEmpty() ? null : c.revised().get(0)));
        ShareView view = ReleasesShare.of(page, snapshot.latest(), description, snapshot.latestPublication());
        return share.respond(request, view, () -> Templates.page(page, view, ShareService.base(request)));
    }
}
