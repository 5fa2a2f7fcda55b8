package nl.industriemonitor.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * The port opens while the data are still being read at start: a request for a page (or the admin area) in
 * that window waits for them, without holding a thread, rather than meet an app without figures; one that
 * waits too long, or would change something (a form), gets a 503 page asking to try again. Static files
 * (styles, scripts) never wait: they do not depend on the data.
 */
@ApplicationScoped
public class StartGate {

    private static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    SnapshotHolder snapshots;

    @Inject
    IndustriemonitorConfig config;

    @Inject
    PageLinks links;

    void routes(@Observes Router router) {
        // before the page cache (order -10) and everything else
        router.route().order(-20).handler(gate(snapshots::loaded, snapshots::firstLoad, config.data().startWait(),
                this::unavailable));
    }

    static Handler<RoutingContext> gate(BooleanSupplier open, Supplier<CompletableFuture<Void>> opened, Duration wait,
                                        Consumer<RoutingContext> unavailable) {
        return ctx -> {
            if (open.getAsBoolean() || !dependsOnData(ctx.request().path())) {
                ctx.next();
                return;
            }
            HttpMethod method = ctx.request().method();
            if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
                unavailable.accept(ctx);
                return;
            }
            Context context = Vertx.currentContext();
            opened.get().orTimeout(wait.toMillis(), TimeUnit.MILLISECONDS).whenComplete((ok, failed) ->
                    context.runOnContext(v -> {
                        if (ctx.response().ended() || ctx.response().closed()) {
                            return;
                        }
                        if (failed == null) {
                            ctx.next();
                        } else {
                            unavailable.accept(ctx);
                        }
                    }));
        };
    }

    static boolean dependsOnData(String path) {
        return path != null && (CachedPages.cacheable(path) || path.equals("/admin") || path.startsWith("/admin/"));
    }

    private void unavailable(RoutingContext ctx) {
        Lang lang = Lang.ofPath(ctx.request().path());
        String page = links.errorPage(lang, 503, links.messages(lang).error_starting());
        ctx.response().setStatusCode(503)
                .putHeader("Retry-After", RETRY_AFTER_SECONDS)
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .end(page);
    }
}
