package nl.industriemonitor.share;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The strict Content-Security-Policy and the other security headers on every response, whoever
 * answers it (a page, the page cache, an error page, a static file, the login mechanism); only an
 * embed may be framed by other sites, everything else refuses to be framed at all.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";

    void register(@Observes Filters filters) {
        // ahead of the page cache and the login mechanism, so that their answers carry the headers too
        filters.register(this::headers, 3000);
    }

    private void headers(RoutingContext ctx) {
        boolean embed = ctx.normalizedPath().startsWith("/embed/");
        ctx.addHeadersEndHandler(ignored -> set(ctx.response().headers(), embed));
        ctx.next();
    }

    /** For the few answers sent before the filters run (see AdminGuard). */
    public static void set(MultiMap headers, boolean embed) {
        headers.set("Content-Security-Policy", POLICY + (embed ? "*" : "'none'"));
        if (embed) {
            headers.remove("X-Frame-Options");
        } else {
            headers.set("X-Frame-Options", "DENY");
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
