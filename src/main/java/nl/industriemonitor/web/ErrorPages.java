package nl.industriemonitor.web;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an HTML page in the page's language with the right status, never a stack trace. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance page(Lang lang, int status, String message, List<PageException.Link> links);
    }

    @Inject
    PageLinks links;

    @ServerExceptionMapper
    public Response badInput(PageException e) {
        return render(e.lang, e.status, e.getMessage(), e.links);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Lang lang = langOf(uri);
        int status = e.getResponse().getStatus();
        Messages msg = links.messages(lang);
        return render(lang, status, status == 404 ? msg.error_not_found() : msg.error_title(), List.of(links.home(lang)));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected error on " + uri.getPath(), e);
        Lang lang = langOf(uri);
        return render(lang, 500, links.messages(lang).error_internal(), List.of(links.home(lang)));
    }

    private static Response render(Lang lang, int status, String message, List<PageException.Link> links) {
        String html = Templates.page(lang, status, message, links).setLocale(lang.locale).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private static Lang langOf(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/en/") || path.equals("/en") ? Lang.EN : Lang.NL;
    }
}
