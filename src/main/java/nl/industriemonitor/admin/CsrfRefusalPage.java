package nl.industriemonitor.admin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form without a valid token with a bare 400; the administrator gets a page
 * that says why and what to do instead.
 */
public class CsrfRefusalPage {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())
                && (path.equals("/admin") || path.startsWith("/admin/"))) {
            var lang = AdminLang.of(request.getAcceptableLanguages());
            response.setEntity(AdminTemplates.Templates.notice(new AdminPages.Notice(
                    new AdminPages.Frame(lang, null), AdminPages.Refusal.CSRF, null, 0)).setLocale(lang.locale).render(),
                    null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
