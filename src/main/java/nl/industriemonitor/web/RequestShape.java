package nl.industriemonitor.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.industriemonitor.share.SecurityHeaders;

/**
 * Refuses requests no page can answer before anything else runs, quickly and with one short log line:
 * a path with parameters ({@code /admin;x}: Quarkus would put it in its redirect cookie, fail on the
 * {@code ;} and never answer), an admin address that cannot go into a cookie, and a method other than
 * GET or HEAD on a public page (405 with {@code Allow}).
 */
@ApplicationScoped
public class RequestShape {

    private static final Logger LOG = Logger.getLogger(RequestShape.class);
    static final String ALLOW = "GET, HEAD";

    @Inject
    PageLinks links;

    void register(@Observes Filters filters) {
        // ahead of the security headers (3000), the admin door (2000) and the login mechanism
        filters.register(this::check, 4000);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        String path = req.path() == null ? "" : req.path();
        if (path.indexOf(';') >= 0) {
            refuse(ctx, 400, "a path parameter (;)");
        } else if (isAdmin(path) && !cookieSafe(req.absoluteURI())) {
            refuse(ctx, 400, "an admin address that cannot be kept in the login's redirect cookie");
        } else if (CachedPages.cacheable(path) && !CachedPages.readOnly(req.method())) {
            ctx.response().putHeader("Allow", ALLOW);
            refuse(ctx, 405, null);
        } else {
            ctx.next();
        }
    }

    static boolean isAdmin(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    /** Whether Netty's cookie encoder takes {@code value}: printable ASCII without space, {@code " , ; \}. */
    static boolean cookieSafe(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == ',' || c == ';' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** Ends {@code ctx} with a short error page for {@code status}; {@code why}, when given, goes to the log. */
    public void refuse(RoutingContext ctx, int status, String why) {
        HttpServerRequest req = ctx.request();
        if (why != null) {
            LOG.infof("Refused %s %s (%d): %s", req.method(), printable(req.uri()), status, why);
        }
        Lang lang = Lang.ofPath(req.path());
        Messages msg = links.messages(lang);
        String message = switch (status) {
            case 404 -> msg.error_not_found();
            case 405 -> msg.error_method();
            default -> msg.error_malformed();
        };
        String page = links.errorPage(lang, status, message);
        SecurityHeaders.set(ctx.response().headers(), false);
        ctx.response().setStatusCode(status)
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .end(page);
    }

    /** At most 120 characters of {@code text}, control characters escaped: a log line stays one short line. */
    static String printable(String text) {
        StringBuilder s = new StringBuilder();
        String t = text == null ? "" : text;
        for (int i = 0; i < t.length() && s.length() < 120; i++) {
            char c = t.charAt(i);
            s.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return t.length() > 120 ? s + "…" : s.toString();
    }
}
