package nl.industriemonitor.revisions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.share.ShareService;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;

/**
 * Every published value of one figure: {@code /nl/revisions?sector=C&month=2025-11&measure=yoy_ca},
 * with {@code asof} for the releases out by a given date.
 */
@Path("/{lang:nl|en}/revisions")
public class RevisionsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(RevisionsPage page, ShareView share, String base);
    }

    @Inject
    RevisionsService service;

    @Inject
    PageLinks links;

    @Inject
    ShareService share;

    @Inject
    SnapshotHolder snapshots;

    @GET
    public Response page(@PathParam("lang") String langCode, @QueryParam("sector") String sector,
                         @QueryParam("month") String month, @QueryParam("measure") String measure,
                         @QueryParam("asof") String asOf, @Context UriInfo uriInfo,
                         @Context ContainerRequestContext request) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        RevisionsPage page = service.page(lang, sector, month, measure, asOf, links.otherLang(lang, uriInfo));
        ShareView view = RevisionsShare.of(page, month != null && !month.isBlank(),
                snapshots.current().latestPublication());
        return share.respond(request, view, () -> Templates.page(page, view, ShareService.base(request)));
    }
}
