package nl.industriemonitor.overview;

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

import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.releases.LatestSwitches;
import nl.industriemonitor.releases.ReleasesService;
import nl.industriemonitor.share.ShareService;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.PageLinks;

import nl.industriemonitor.web.Lang;

/** The overview of one month: {@code /nl/}, {@code /en/}, with optional {@code month} and {@code asof}. */
@Path("/{lang:nl|en}/")
public class OverviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(OverviewPage page, ShareView share, String base, LatestSwitches switches);
    }

    @Inject
    OverviewService service;

    @Inject
    ShareService share;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    @Inject
    ReleasesService releases;

    @GET
    public Response page(@PathParam("lang") String langCode, @QueryParam("month") String month,
                         @QueryParam("asof") String asOf, @Context ContainerRequestContext request) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        OverviewPage page = service.page(lang, month, asOf);
        ShareView view = OverviewShare.of(page, month != null && !month.isBlank(),
                snapshots.current().latestPublication(), links.messages(lang));
        return share.respond(request, view, () -> Templates.page(page, view, ShareService.base(request),
                releases.latestSwitches(page.asOf())));
    }
}
