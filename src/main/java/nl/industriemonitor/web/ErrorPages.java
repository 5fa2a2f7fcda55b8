package nl.industriemonitor.web;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import nl.industriemonitor.share.ShareFormat;
import nl.industriemonitor.share.ShareService;

/**
 * Turns every failure into an answer in the page's language with the right status, never a stack
 * trace: an HTML page, or for a CSV or JSON download an error its reader can use ({@link ErrorDownloads}).
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance page(Lang lang, int status, String message, List<PageException.Link> links);
    }

    @Inject
    PageLinks links;

    @ServerExceptionMapper
    public Response badInput(PageException e, ContainerRequestContext request) {
        return render(request, e.lang, e.status, e.getMessage(), e.links);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, ContainerRequestContext request) {
        Lang lang = langOf(request);
        int status = e.getResponse().getStatus();
        Messages msg = links.messages(lang);
        return render(request, lang, status, status == 404 ? msg.error_not_found() : msg.error_title(),
                List.of(links.home(lang)));
    }

    @ServerExceptionMapper
    public Response busy(Busy e, ContainerRequestContext request) {
        Response page = render(request, e.lang, 503, links.messages(e.lang).error_busy(), List.of(links.home(e.lang)));
        return Response.fromResponse(page).header("Retry-After", RenderGate.RETRY_AFTER_SECONDS)
                .header("Cache-Control", "no-store").build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, ContainerRequestContext request) {
        LOG.error("Unexpected error on " + rawPath(request), e);
        Lang lang = langOf(request);
        return render(request, lang, 500, links.messages(lang).error_internal(), List.of(links.home(lang)));
    }

    private Response render(ContainerRequestContext request, Lang lang, int status, String message,
                            List<PageException.Link> links) {
        Messages msg = this.links.messages(lang);
        return switch (ShareFormat.of(request)) {
            case JSON -> Response.status(status).type(ErrorDownloads.JSON_TYPE)
                    .entity(ErrorDownloads.json(msg, status, message, links, ShareService.base(request))).build();
            case CSV -> Response.status(status).type(ErrorDownloads.TEXT_TYPE)
                    .entity(ErrorDownloads.text(msg, status, message, links, ShareService.base(request))).build();
            default -> Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.page(lang, status, message, links).setLocale(lang.locale).render()).build();
        };
    }

    /** The path as sent: decoding it again could itself fail, and the error page must not. */
    private static String rawPath(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }

    private static Lang langOf(ContainerRequestContext request) {
        return Lang.ofPath(rawPath(request));
    }
}
