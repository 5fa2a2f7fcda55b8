package nl.industriemonitor.compare;

import java.util.List;

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
import nl.industriemonitor.events.EventList;
import nl.industriemonitor.share.ShareService;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;
import nl.industriemonitor.web.RangeLinks;

/**
 * Several branches on one chart: {@code /nl/compare?sectors=20,24,28&measure=index_sa&from=2021-01&to=2025-12&rebase=2021-01},
 * with optional {@code asof}; {@code sectors} may also come repeated, as the page's own form sends it.
 */
@Path("/{lang:nl|en}/compare")
public class CompareResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(ComparePage page, ShareView share, String base, List<RangeLinks.Range> ranges,
                                            EventList events);
    }

    @Inject
    CompareService service;

    @Inject
    PageLinks links;

    @Inject
    ShareService share;

    @Inject
    SnapshotHolder snapshots;

    @GET
    public Response page(@PathParam("lang") String langCode, @QueryParam("sectors") List<String> sectors,
                         @QueryParam("measure") String measure, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("rebase") String rebase,
                         @QueryParam("asof") String asOf, @QueryParam(EventList.PARAM) String events,
                         @Context UriInfo uriInfo, @Context ContainerRequestContext request) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        boolean eventsShown = EventList.shown(links, lang, events);
        ComparePage page = service.page(lang, sectors, measure, from, to, rebase, asOf, eventsShown,
                links.otherLang(lang, uriInfo));
        ShareView view = CompareShare.of(page, snapshots.current().latestPublication());
        List<RangeLinks.Range> ranges = RangeLinks.of(lang, view.page(), view.params(), view.asOf(),
                page.query().from(), CompareParameters.DEFAULT_FROM);
        EventList eventList = EventList.of(view, eventsShown, page.events());
        return share.respond(request, view, () -> Templates.page(page, view, ShareService.base(request), ranges, eventList));
    }
}
