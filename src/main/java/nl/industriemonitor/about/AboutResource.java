package nl.industriemonitor.about;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;

/** {@code /nl/data}: sources and their dates, licence, definitions of measures and rules, coverage per branch. */
@Path("/{lang:nl|en}/data")
public class AboutResource {

    /** Measures of the production table, in the order the coverage table shows them. */
    static final List<Measure> MEASURES = List.of(Measure.INDEX, Measure.INDEX_SA, Measure.YOY_CA, Measure.MOM_SA,
            Measure.TURNOVER_YOY);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(AboutPage page);
    }

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("lang") String langCode, @Context UriInfo uri) {
        Lang lang = Lang.byCode(langCode).orElseThrow();
        Snapshot snapshot = snapshots.current();
        List<AboutPage.ReleaseRow> releases = new ArrayList<>();
        snapshot.releases().forEach(r -> releases.add(0, new AboutPage.ReleaseRow(r, snapshot.figureCount(r.id()))));
        List<AboutPage.CoverageRow> coverage = new ArrayList<>();
        for (BranchInfo branch : snapshot.latest().branches()) {
            List<AboutPage.Span> spans = MEASURES.stream().map(m -> span(snapshot, branch.code(), m)).toList();
            if (spans.stream().anyMatch(s -> s.count() > 0)) {
                coverage.add(new AboutPage.CoverageRow(branch, spans));
            }
        }
        return Templates.page(new AboutPage(lang, releases, MEASURES, coverage, links.otherLang(lang, uri)))
                .setLocale(lang.locale);
    }

    private static AboutPage.Span span(Snapshot snapshot, String branch, Measure measure) {
        var months = snapshot.months(branch, measure, null);
        return months.isEmpty() ? new AboutPage.Span(null, null, 0)
                : new AboutPage.Span(months.get(0), months.get(months.size() - 1), months.size());
    }
}
