package nl.industriemonitor.cycle;

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
import nl.industriemonitor.share.ShareFormat;
import nl.industriemonitor.share.ShareService;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageException;
import nl.industriemonitor.web.PageLinks;

/** Every branch's place in its cycle: {@code /nl/cycle?month=2025-11}, with optional {@code asof}. */
@Path("/{lang:nl|en}/cycle")
public class CycleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(CyclePage page, ShareView share, String base);
    }

    @Inject
    CycleService service;

    @Inject
    PageLinks links;

    @Inject
    ShareService share;

    @Inject
    SnapshotHolder snapshots;

    @GET
    public Response page(@PathParam("lang") String langCode, @QueryParam("month") String month,
                         @QueryParam("asof") String asOf, @Context UriInfo uriInfo,
                         @Context ContainerRequestContext request) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        if (ShareFormat.of(request) == ShareFormat.EMBED) {
            // the embed frame draws line charts only; it would say "no data" beside a scatter that has data
            throw new PageException(404, lang, CycleTexts.messages(lang).no_embed(), java.util.List.of(
                    new PageException.Link("/" + lang.code + "/cycle", CycleTexts.messages(lang).link_overview()),
                    links.home(lang)));
        }
        CyclePage page = service.page(lang, month, asOf, links.otherLang(lang, uriInfo));
        ShareView view = CycleShare.of(page, snapshots.current().latestPublication());
        CycleMessages msg = CycleTexts.messages(lang);
        var m = links.messages(lang);
        var placed = page.result().placed();
        return share.respond(request, view, () -> Templates.page(page, view, ShareService.base(request)),
                canvas -> CycleImage.draw(canvas, view.title(), placed,
                        placed.stream().map(p -> p.branch().hasSbiCode() ? p.branch().code() : p.branch().name(lang.code)).toList(),
                        java.util.List.of(msg.quadrant_growth(), msg.quadrant_slowing(), msg.quadrant_contraction(),
                                msg.quadrant_recovery()), msg.x_title(), msg.y_title(),
                        view.latestShown() == null ? m.preview_source_undated()
                                : m.preview_source(Formats.label(view.latestShown(), lang.locale)), m.site_name()));
    }
}
