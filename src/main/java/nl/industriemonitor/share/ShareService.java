package nl.industriemonitor.share;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.web.PageLinks;

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
    SnapshotHolder snapshots;

    @Inject
    Previews previews;

    /**
     * @param page renders the HTML page; called only when the page itself was asked for
     */
    public Response respond(ContainerRequestContext request, ShareView view, Supplier<TemplateInstance> page) {
        String base = base(request);
        return switch (ShareFormat.of(request)) {
            case HTML -> html(page.get().setLocale(view.lang().locale));
            case EMBED -> html(Templates.embed(view, base + view.href()).setLocale(view.lang().locale));
            case CSV -> Response.ok(ExportWriter.csv(view.table(), metadata(view, base)))
                    .type(ExportWriter.CSV_TYPE).header("Content-Disposition", disposition(view, "csv")).build();
            case JSON -> Response.ok(ExportWriter.json(view.table(), metadata(view, base)))
                    .type(ExportWriter.JSON_TYPE).header("Content-Disposition", disposition(view, "json")).build();
            case PNG -> Response.ok(previews.png(view.href(), snapshots.current().version(), view))
                    .type("image/png").build();
        };
    }

    private static Response html(TemplateInstance instance) {
        return Response.ok(instance.render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private ExportMetadata metadata(ShareView view, String base) {
        var m = links.messages(view.lang());
        var dates = view.releases().stream().map(ReleaseInfo::published).filter(Objects::nonNull).distinct().sorted().toList();
        boolean undated = view.releases().stream().anyMatch(r -> r.published() == null);
        return new ExportMetadata(view.title(), base + view.href(), m.export_source(), dates, undated, view.params(),
                view.asOf(), m.export_licence(), LocalDate.now());
    }

    private static String disposition(ShareView view, String extension) {
        String name = ("industriemonitor-" + (view.page().isEmpty() ? "overview" : view.page()))
                .replaceAll("[^A-Za-z0-9-]+", "-");
        return "inline; filename=\"" + name + "." + extension + "\"";
    }

    /** Scheme and host as the reader sees them, for the absolute URLs in downloads and link previews. */
    public static String base(ContainerRequestContext request) {
        var uri = request.getUriInfo().getBaseUri();
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
