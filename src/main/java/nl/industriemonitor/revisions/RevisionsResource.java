package nl.industriemonitor.revisions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

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
        static native TemplateInstance page(RevisionsPage page);
    }

    @Inject
    RevisionsService service;

    @Inject
    PageLinks links;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("lang") String langCode, @QueryParam("sector") String sector,
                                 @QueryParam("month") String month, @QueryParam("measure") String measure,
                                 @QueryParam("asof") String asOf, @Context UriInfo uriInfo) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        return Templates.page(service.page(lang, sector, month, measure, asOf, links.otherLang(lang, uriInfo)))
                .setLocale(lang.locale);
    }
}
