package nl.industriemonitor.overview;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.industriemonitor.web.Lang;

/** The overview of one month: {@code /nl/}, {@code /en/}, with optional {@code month} and {@code asof}. */
@Path("/{lang:nl|en}/")
public class OverviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(OverviewPage page);
    }

    @Inject
    OverviewService service;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("lang") String langCode, @QueryParam("month") String month,
                                 @QueryParam("asof") String asOf) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        return Templates.page(service.page(lang, month, asOf)).setLocale(lang.locale);
    }
}
