package nl.industriemonitor.group;

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

import nl.industriemonitor.analysis.BranchGroup;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.europe.GermanyBeside;
import nl.industriemonitor.events.EventList;
import nl.industriemonitor.follow.FollowFeeds;
import nl.industriemonitor.share.ShareService;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;
import nl.industriemonitor.web.RangeLinks;

/**
 * A branch group against total industry: {@code /nl/group/energy-intensive}, with {@code month},
 * {@code from} (the start of the chart) and {@code asof}.
 */
@Path("/{lang:nl|en}/group")
public class GroupResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(GroupPage page, ShareView share, String base, List<RangeLinks.Range> ranges,
                                            EventList events, GermanyBeside germany);
    }

    @Inject
    GroupService service;

    @Inject
    PageLinks links;

    @Inject
    ShareService share;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    FollowFeeds feeds;

    @GET
    @Path("{id}")
    public Response page(@PathParam("lang") String langCode, @PathParam("id") String id,
                         @QueryParam("month") String month, @QueryParam("from") String from,
                         @QueryParam("asof") String asOf, @QueryParam(EventList.PARAM) String events,
                         @Context UriInfo uriInfo, @Context ContainerRequestContext request) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        boolean eventsShown = EventList.shown(links, lang, events);
        GroupPage page = service.page(lang, id, month, from, asOf, eventsShown, links.otherLang(lang, uriInfo));
        ShareView view = GroupShare.of(page, month != null && !month.isBlank(), snapshots.current().latestPublication(),
                links.messages(lang));
        List<RangeLinks.Range> ranges = RangeLinks.of(lang, view.page(), view.params(), view.asOf(), page.from(),
                GroupIndexChart.START);
        EventList eventList = EventList.of(view, eventsShown, page.events());
        return share.respond(request, view, () -> Templates.page(page, view, ShareService.base(request), ranges, eventList,
                GermanyBeside.of(snapshots.current().europe().asOf(page.asOf()), page.members().stream()
                        .map(m -> new GermanyBeside.Member(m.code(), m.name())).toList(), page.month())));
    }

    /** {@code /nl/group/energy-intensive.atom}: every publication that added or revised figures of its branches. */
    @GET
    @Path("{id}.atom")
    public Response feed(@PathParam("lang") String langCode, @PathParam("id") String id) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        BranchGroup group = service.group(lang, id);
        return feeds.feed(lang, "group/" + group.id(), GroupService.text(lang, group).name(), group.members(), true);
    }
}
