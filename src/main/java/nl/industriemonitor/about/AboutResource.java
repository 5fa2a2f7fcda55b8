package nl.industriemonitor.about;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.share.ShareService;
import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;

/**
 * {@code /nl/data}: sources and their dates, licence, definitions of measures and rules, coverage per branch;
 * with {@code asof} the releases and coverage as published by that date, so a pinned link stays true.
 */
@Path("/{lang:nl|en}/data")
public class AboutResource {

    /** Measures of the production table, in the order the coverage table shows them. */
    static final List<Measure> MEASURES = List.of(Measure.INDEX, Measure.INDEX_SA, Measure.YOY_CA, Measure.MOM_SA,
            Measure.TURNOVER_YOY);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(AboutPage page, ShareView share, String base);
    }

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    @Inject
    ShareService share;

    @GET
    public Response page(@PathParam("lang") String langCode, @QueryParam("asof") String asOfParam,
                         @Context UriInfo uri, @Context ContainerRequestContext request) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        LocalDate asOf = links.date(lang, asOfParam);
        Snapshot snapshot = snapshots.current();
        List<ReleaseInfo> visible = snapshot.releases().stream().filter(r -> asOf == null || r.visibleAsOf(asOf)).toList();
        if (asOf != null && visible.isEmpty()) {
            throw links.nothingPublished(lang, asOf);
        }
        List<AboutPage.ReleaseRow> releases = new ArrayList<>();
        visible.forEach(r -> releases.add(0, new AboutPage.ReleaseRow(r, snapshot.figureCount(r.id()))));
        List<AboutPage.CoverageRow> coverage = new ArrayList<>();
        for (BranchInfo branch : snapshot.asOf(asOf).branches()) {
            List<AboutPage.Span> spans = MEASURES.stream().map(m -> span(snapshot, branch.code(), m, asOf)).toList();
            if (spans.stream().anyMatch(s -> s.count() > 0)) {
                coverage.add(new AboutPage.CoverageRow(branch, spans));
            }
        }
        AboutPage page = new AboutPage(lang, asOf, releases, MEASURES, coverage, links.otherLang(lang, uri));
        ShareView view = AboutShare.of(page, snapshot.latestPublication());
        return share.respond(request, view, () -> Templates.page(page, view, ShareService.base(request)));
    }

    private static AboutPage.Span span(Snapshot snapshot, String branch, Measure measure, LocalDate asOf) {
        var months = snapshot.months(branch, measure, asOf);
        return months.isEmpty() ? new AboutPage.Span(null, null, 0)
                : new AboutPage.Span(months.get(0), months.get(months.size() - 1), months.size());
    }
}
