package nl.industriemonitor.web;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import nl.industriemonitor.IndustriemonitorConfig;

/**
 * Admits requests that the page cache could not answer to the renderer a few at a time: images (heavy, a raster
 * each) and pages in lanes of their own. The others wait in a bounded queue without holding a thread, and one
 * that gets no turn in time (or finds the queue full) gets a 503 with Retry-After, so a burst of distinct
 * addresses costs a bounded amount of memory however many clients send it.
 */
@ApplicationScoped
public class RenderGate {

    static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    IndustriemonitorConfig config;

    @Inject
    PageLinks links;

    private Lane images;
    private Lane pages;
    private final Map<Lang, Buffer> busyPages = new ConcurrentHashMap<>();

    void routes(@Observes Router router) {
        var render = config.render();
        images = new Lane(render.images(), render.queue(), render.maxWait().toMillis());
        pages = new Lane(render.pages(), render.queue(), render.maxWait().toMillis());
        // after the page cache (order -10): only what has to be made waits here
        router.route().order(-9).handler(this::admit);
    }

    void admit(RoutingContext ctx) {
        String path = ctx.request().path();
        if (!CachedPages.readOnly(ctx.request().method()) || path == null || !CachedPages.cacheable(path)) {
            ctx.next();
            return;
        }
        (path.endsWith(".png") ? images : pages).enter(ctx, this::busy);
    }

    private void busy(RoutingContext ctx) {
        Lang lang = Lang.ofPath(ctx.request().path());
        // made once per language: under a burst this answer goes out hundreds of times a second
        Buffer page = busyPages.computeIfAbsent(lang,
                l -> Buffer.buffer(links.errorPage(l, 503, links.messages(l).error_busy())));
        ctx.response().setStatusCode(503)
                .putHeader("Retry-After", RETRY_AFTER_SECONDS)
                .putHeader("Cache-Control", "no-store")
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .end(page);
    }

    /** At most {@code limit} requests inside, at most {@code queue} waiting, each for at most {@code wait} ms. */
    static final class Lane {

        private final int limit;
        private final int queue;
        private final long wait;
        private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
        private int inside;

        Lane(int limit, int queue, long wait) {
            this.limit = limit;
            this.queue = queue;
            this.wait = wait;
        }

        private record Waiter(RoutingContext ctx, Context context, long[] timer) {
        }

        void enter(RoutingContext ctx, Consumer<RoutingContext> refuse) {
            boolean full;
            synchronized (this) {
                if (inside < limit) {
                    inside++;
                    full = false;
                } else if (waiting.size() >= queue) {
                    full = true;
                } else {
                    Waiter waiter = new Waiter(ctx, Vertx.currentContext(), new long[1]);
                    waiter.timer[0] = ctx.vertx().setTimer(wait, id -> timedOut(waiter, refuse));
                    waiting.add(waiter);
                    return;
                }
            }
            if (full) {
                refuse.accept(ctx);
            } else {
                pass(ctx);
            }
        }

        private void timedOut(Waiter waiter, Consumer<RoutingContext> refuse) {
            boolean removed;
            synchronized (this) {
                removed = waiting.remove(waiter);
            }
            if (removed && !waiter.ctx.response().ended() && !waiter.ctx.response().closed()) {
                refuse.accept(waiter.ctx);
            }
        }

        /** Lets a request in; its turn ends once, when its answer is sent or its connection is gone. */
        private void pass(RoutingContext ctx) {
            AtomicBoolean done = new AtomicBoolean();
            ctx.addEndHandler(ignored -> {
                if (done.compareAndSet(false, true)) {
                    leave(ctx.vertx());
                }
            });
            ctx.next();
        }

        private void leave(Vertx vertx) {
            while (true) {
                Waiter next;
                synchronized (this) {
                    next = waiting.poll();
                    if (next == null) {
                        inside--;
                        return;
                    }
                }
                vertx.cancelTimer(next.timer[0]);
                if (!next.ctx.response().ended() && !next.ctx.response().closed()) {
                    // the turn passes straight to the next waiter: inside stays the same
                    next.context.runOnContext(v -> pass(next.ctx));
                    return;
                }
            }
        }

        synchronized int inside() {
            return inside;
        }

        synchronized int waiting() {
            return waiting.size();
        }
    }
}
