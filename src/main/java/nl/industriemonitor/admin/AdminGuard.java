package nl.industriemonitor.admin;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.share.SecurityHeaders;
import nl.industriemonitor.web.Lang;

/**
 * The door of the admin area, in front of the login mechanism: admin responses are never stored by
 * browsers or proxies; a login form must come from this site (Origin) and may be tried only so often
 * per client address; a body over the size limit gets a page that says so.
 */
@ApplicationScoped
public class AdminGuard {

    private static final Logger LOG = Logger.getLogger(AdminGuard.class);

    @Inject
    IndustriemonitorConfig config;

    @Inject
    AdminTemplates templates;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location")
    String postLocation;

    /** Room for the multipart boundaries, headers and the CSRF field around the file. */
    static final long ENVELOPE = 64 * 1024;

    private Cache<String, AtomicInteger> attempts;

    void filters(@Observes Filters filters) {
        attempts = Caffeine.newBuilder().expireAfterWrite(config.admin().loginWindow()).maximumSize(100_000).build();
        filters.register(this::guard, 2000);
    }

    void early(@Observes Router router) {
        // ahead of the body handler, which would cut off a body over quarkus.http.limits.max-body-size
        // with a bare 413: a declared size over the limit gets a page that says so, and is never read
        router.route(HttpMethod.POST, "/admin/upload").order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long limit = config.admin().uploadLimit();
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit + ENVELOPE) {
                Lang lang = AdminLang.ofHeader(ctx.request().getHeader("Accept-Language"));
                ctx.response().putHeader("Connection", "close");
                SecurityHeaders.set(ctx.response().headers(), false);
                send(ctx, 413, templates.tooLarge(lang, AdminLang.size(limit)));
            } else {
                ctx.next();
            }
        });
    }

    private void guard(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            ctx.next();
            return;
        }
        ctx.response().headers().set("Cache-Control", "no-store");
        if (ctx.request().method() == HttpMethod.POST && path.equals(postLocation)) {
            HttpServerRequest request = ctx.request();
            Lang lang = AdminLang.ofHeader(request.getHeader("Accept-Language"));
            String origin = request.getHeader("Origin");
            if (origin != null && !sameOrigin(origin, request)) {
                LOG.warnf("Login form from another site refused (Origin %s)", origin);
                send(ctx, 403, templates.loginRefused(lang, false, origin, 0));
                return;
            }
            String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
            int tries = attempts.get(client, k -> new AtomicInteger()).incrementAndGet();
            if (tries > config.admin().loginAttempts()) {
                if (tries == config.admin().loginAttempts() + 1) {
                    LOG.warnf("Login attempts from %s limited: more than %d within %s", client,
                            config.admin().loginAttempts(), config.admin().loginWindow());
                }
                Duration window = config.admin().loginWindow();
                ctx.response().headers().set("Retry-After", Long.toString(window.toSeconds()));
                send(ctx, 429, templates.loginRefused(lang, true, null, Math.max(1, window.toMinutes())));
                return;
            }
        }
        ctx.next();
    }

    private static boolean sameOrigin(String origin, HttpServerRequest request) {
        try {
            URI uri = URI.create(origin);
            String host = request.authority() == null ? null : request.authority().toString();
            return host != null && host.equalsIgnoreCase(uri.getRawAuthority())
                    && request.scheme().equalsIgnoreCase(uri.getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void send(RoutingContext ctx, int status, String html) {
        // the security headers come from SecurityHeaders, which runs ahead of the filters
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html;charset=UTF-8")
                .putHeader("Cache-Control", "no-store").end(html);
    }
}
