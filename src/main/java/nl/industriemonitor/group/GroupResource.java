package nl.industriemonitor.group;

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

/** A branch group against total industry: {@code /nl/group/energy-intensive}, with {@code month} and {@code asof}. */
@Path("/{lang:nl|en}/group")
public class GroupResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(GroupPage page);
    }

    @Inject
    GroupService service;

    @Inject
    PageLinks links;

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("lang") String langCode, @PathParam("id") String id,
                                 @QueryParam("month") String month, @QueryParam("asof") String asOf,
                                 @Context UriInfo uriInfo) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        return Templates.page(service.page(lang, id, month, asOf, links.otherLang(lang, uriInfo))).setLocale(lang.locale);
    }
}
