package nl.industriemonitor.europe;

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
import nl.industriemonitor.share.ShareService;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;

/**
 * The Netherlands beside other countries, from Eurostat: {@code /nl/europe?nace=C20&geo=NL,DE,EU27_2020&from=2023-01},
 * with optional {@code to} and {@code asof}; {@code geo} may also come repeated, as the forms send it.
 */
@Path("/{lang:nl|en}/europe")
public class EuropeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(EuropePage page, ShareView share, String base);
    }

    @Inject
    EuropeService service;

    @Inject
    PageLinks links;

    @Inject
    ShareService share;

    @Inject
    SnapshotHolder snapshots;

    @GET
    public Response page(@PathParam("lang") String langCode, @QueryParam("nace") String nace,
                         @QueryParam("geo") List<String> geo, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("asof") String asOf, @Context UriInfo uriInfo,
                         @Context ContainerRequestContext request) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        EuropePage page = service.page(lang, nace, geo, from, to, asOf, links.otherLang(lang, uriInfo));
        ShareView view = EuropeShare.of(page, snapshots.current().europe().releases().stream()
                .map(r -> r.published()).filter(java.util.Objects::nonNull).max(java.time.LocalDate::compareTo).orElse(null));
        return share.respond(request, view, () -> Templates.page(page, view, ShareService.base(request)));
    }
}
