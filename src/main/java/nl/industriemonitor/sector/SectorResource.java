package nl.industriemonitor.sector;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.industriemonitor.cycle.CycleService;
import nl.industriemonitor.cycle.CycleStanding;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.europe.EuropePanel;
import nl.industriemonitor.europe.EuropeService;
import nl.industriemonitor.events.EventList;
import nl.industriemonitor.follow.FollowFeeds;
import nl.industriemonitor.share.ShareService;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;
import nl.industriemonitor.web.RangeLinks;

/**
 * One branch: {@code /nl/sector/20}, with optional {@code measure} and {@code from} for the chart,
 * {@code month} for the month its headline, rules and long-history statement are about, and
 * {@code asof} for the data as published on a date, {@code events=0} for the chart without its events.
 */
// {code} sits on the method: a class-level template with a regex segment ({lang}) followed by more
// segments ends in a lazy, unanchored group in Quarkus REST and would match one character only.
@Path("/{lang:nl|en}/sector")
public class SectorResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(SectorPage page, ShareView share, String base, List<RangeLinks.Range> ranges,
                                            EventList events, EuropePanel europe,
                                            CycleStanding cycle);
    }

    @Inject
    SectorService service;

    @Inject
    PageLinks links;

    @Inject
    ShareService share;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    FollowFeeds feeds;

    @Inject
    EuropeService europe;

    @GET
    @Path("{code}")
    public Response page(@PathParam("lang") String langCode, @PathParam("code") String code,
                         @QueryParam("measure") String measure, @QueryParam("from") String from,
                         @QueryParam("month") String month, @QueryParam("asof") String asOf,
                         @QueryParam(EventList.PARAM) String events,
                         @Context UriInfo uriInfo, @Context ContainerRequestContext request) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        boolean eventsShown = EventList.shown(links, lang, events);
        SectorPage page = service.page(lang, code, measure, from, month, asOf, eventsShown, links.otherLang(lang, uriInfo));
        ShareView view = SectorShare.of(page, links.month(lang, from), snapshots.current().latestPublication(),
                links.messages(lang));
        List<RangeLinks.Range> ranges = RangeLinks.of(lang, view.page(), view.params(), view.asOf(),
                page.chart().from(), SectorShare.DEFAULT_FROM);
        EventList eventList = EventList.of(view, eventsShown, page.chart().events());
        return share.respond(request, view, () -> Templates.page(page, view, ShareService.base(request), ranges, eventList,
                europe.forBranch(lang, page.branch().code(), page.name(), page.asOf()).orElse(null),
                CycleService.standing(lang, snapshots.current().asOf(page.asOf()), page.branch(), page.rulesMonth(),
                        page.asOf()).orElse(null)));
    }

    /** {@code /nl/sector/20.atom}: every publication that added or revised figures of the branch. */
    @GET
    @Path("{code}.atom")
    public Response feed(@PathParam("lang") String langCode, @PathParam("code") String code) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        BranchInfo branch = links.branch(lang, snapshots.current().latest(), code);
        String name = branch.name(lang.code) + (branch.hasSbiCode() ? " (" + branch.code() + ")" : "");
        return feeds.feed(lang, "sector/" + branch.code(), name, List.of(branch.code()), false);
    }
}
