package nl.industriemonitor.admin;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
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
import nl.industriemonitor.web.RequestShape;

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

    @Inject
    RequestShape requestShape;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location")
    String postLocation;

    @ConfigProperty(name = "quarkus.http.auth.form.location-cookie", defaultValue = "quarkus-redirect-location")
    String locationCookie;

    /** Room for the multipart boundaries, headers and the CSRF field around the file. */
    static final long ENVELOPE = 64 * 1024;

    private Cache<String, AtomicInteger> attempts;

    void filters(@Observes Filters filters) {
        // bounded in bytes: an address, its counter and the cache's node weigh about 100 bytes
        attempts = Caffeine.newBuilder().expireAfterWrite(config.admin().loginWindow()).maximumWeight(8L << 20)
                .weigher((String client, AtomicInteger n) -> 96 + 2 * client.length()).build();
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
        boolean post = ctx.request().method() == HttpMethod.POST;
        if (post && path.endsWith(postLocation) && !path.equals(postLocation)) {
            // Quarkus takes a POST to any path ending in the login address as a login: only the real one is
            requestShape.refuse(ctx, 404, "a login form at another path than " + postLocation);
            return;
        }
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            ctx.next();
            return;
        }
        ctx.response().headers().set("Cache-Control", "no-store");
        ctx.addHeadersEndHandler(ignored -> httpOnlyRedirectCookie(ctx));
        if (post && path.equals(postLocation)) {
            HttpServerRequest request = ctx.request();
            Lang lang = AdminLang.ofHeader(request.getHeader("Accept-Language"));
            String origin = request.getHeader("Origin");
            if (origin != null && !sameOrigin(origin, request) && !publicOrigin(origin)) {
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

    /**
     * Quarkus' cookie that remembers where to go after the login is sent without HttpOnly and cannot be
     * configured; no script of ours reads it, so it gets the flag on its way out.
     */
    private void httpOnlyRedirectCookie(RoutingContext ctx) {
        Cookie cookie = ctx.response().removeCookie(locationCookie, false);
        if (cookie != null) {
            ctx.response().addCookie(cookie.setHttpOnly(true));
        }
    }

    /** The configured public address counts as this site too (behind a proxy that rewrites the host). */
    private boolean publicOrigin(String origin) {
        return config.publicUrl().map(url -> {
            String expected = url.getScheme() + "://" + url.getRawAuthority();
            return expected.equalsIgnoreCase(origin);
        }).orElse(false);
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
