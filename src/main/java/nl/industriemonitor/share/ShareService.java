package nl.industriemonitor.share;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.web.CachedPages;
import nl.industriemonitor.web.PageCache;
import nl.industriemonitor.web.PageBytes;
import nl.industriemonitor.web.PageLinks;
import nl.industriemonitor.web.PublicUrl;

/** Answers a page in the format its URL asked for: the page itself, its embed, CSV, JSON or PNG. */
@ApplicationScoped
public class ShareService {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance embed(ShareView view, String pageUrl);
    }

    @Inject
    PageLinks links;

    @Inject
    Previews previews;

    @Inject
    PageCache cache;

    @Inject
    PublicUrl publicUrl;

    @Inject
    CurrentVertxRequest raw;

    @Inject
    PagesInMaking making;

    /**
     * @param page renders the HTML page; called only when the page itself was asked for
     */
    public Response respond(ContainerRequestContext request, ShareView view, Supplier<TemplateInstance> page) {
        return respond(request, view, page, null);
    }

    /**
     * As above, with a link-preview image the view draws itself on a 1200×630 raster ({@code null}: the standard
     * preview of its {@link ShareView#chart()}).
     */
    public Response respond(ContainerRequestContext request, ShareView view, Supplier<TemplateInstance> page,
                            Function<BufferedImage, byte[]> image) {
        ShareFormat format = ShareFormat.of(request);
        // one entry per view and format, whatever spelling of the address asked for it (ignored parameters,
        // defaults written out, lists in another order): the page's own canonical address is the key
        String key = publicUrl.cacheKey(raw.getCurrent().request(), canonical(view, format));
        request.setProperty(CachedPages.KEY, key);
        Optional<PageCache.Entry> stored = cache.get(key);
        byte[] body = stored.map(PageCache.Entry::copy).orElse(null);
        if (body != null) {
            request.setProperty(CachedPages.HIT, stored.get());
            Response.ResponseBuilder hit = Response.ok(body);
            stored.get().headers().forEach(hit::header);
            return hit.build();
        }
        String base = base(request);
        Object made = making.once(key, () -> switch (format) {
            case HTML -> PageBytes.of(page.get().setLocale(view.lang().locale));
            case EMBED -> PageBytes.of(Templates.embed(view, base + view.href()).setLocale(view.lang().locale));
            case CSV -> ExportWriter.csv(view.table(), metadata(view, base));
            case JSON -> ExportWriter.json(view.table(), metadata(view, base));
            case PNG -> image == null ? previews.png(view) : previews.drawn(view.lang(), image);
        });
        return switch (format) {
            case HTML, EMBED -> Response.ok(made).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
            case CSV -> Response.ok(made).type(ExportWriter.CSV_TYPE)
                    .header("Content-Disposition", disposition(view, "csv")).build();
            case JSON -> Response.ok(made).type(ExportWriter.JSON_TYPE)
                    .header("Content-Disposition", disposition(view, "json")).build();
            case PNG -> Response.ok(made).type("image/png").build();
        };
    }

    /** The address a view has in a format: what its own links point at. */
    static String canonical(ShareView view, ShareFormat format) {
        return switch (format) {
            case HTML -> view.href();
            case EMBED -> view.embedHref();
            case CSV -> view.href("csv");
            case JSON -> view.href("json");
            case PNG -> view.href("png");
        };
    }

    private ExportMetadata metadata(ShareView view, String base) {
        var m = links.messages(view.lang());
        var dates = view.releases().stream().map(ReleaseInfo::published).filter(Objects::nonNull).distinct().sorted().toList();
        boolean undated = view.releases().stream().anyMatch(r -> r.published() == null);
        boolean eurostat = eurostat(view);
        return new ExportMetadata(view.title(), base + view.href(), eurostat ? m.export_source_eurostat() : m.export_source(),
                dates, undated, view.params(), view.asOf(), eurostat ? m.export_licence_eurostat() : m.export_licence(),
                LocalDate.now());
    }

    /** A view of Eurostat's figures alone (its releases are all Eurostat's): its source and licence are Eurostat's. */
    static boolean eurostat(ShareView view) {
        return view.eurostat();
    }

    private static String disposition(ShareView view, String extension) {
        String name = ("industriemonitor-" + (view.page().isEmpty() ? "overview" : view.page()))
                .replaceAll("[^A-Za-z0-9-]+", "-");
        return "inline; filename=\"" + name + "." + extension + "\"";
    }

    /**
     * Scheme and host for the absolute URLs in pages, downloads and link previews: {@code industriemonitor.public-url},
     * or the request's own when none is configured (see {@link PublicUrl}).
     */
    public static String base(ContainerRequestContext request) {
        return PublicUrl.get().base();
    }
}
