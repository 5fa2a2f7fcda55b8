package nl.industriemonitor.share;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The strict Content-Security-Policy of every page; only an embed may be framed by other sites,
 * every other page refuses to be framed at all.
 */
public class SecurityHeaders {

    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        boolean embed = ShareFormat.of(request) == ShareFormat.EMBED;
        response.getHeaders().putSingle("Content-Security-Policy", POLICY + (embed ? "*" : "'none'"));
        if (!embed) {
            response.getHeaders().putSingle("X-Frame-Options", "DENY");
        }
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
