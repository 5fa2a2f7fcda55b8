package nl.industriemonitor.freshness;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.analysis.Publications;
import nl.industriemonitor.analysis.ReleaseCalendar;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.imports.CbsRefresh;

/**
 * Tells every page, the admin dashboard and the readiness check how current the figures are. The publication
 * history is read once per data version; the day comes from {@link Today} and the last attempt from
 * {@link CbsRefresh}, so a cached page is keyed by {@link Freshness#stamp()} as well as by the data version. Every
 * cached request asks for that stamp: the state is worked out once per data version, day and CBS attempt.
 */
@ApplicationScoped
public class FreshnessService {

    private record History(long version, List<ReleaseCalendar.Publication> publications) {
    }

    @Inject
    SnapshotHolder snapshots;

    @Inject
    CbsRefresh cbs;

    @Inject
    Today today;

    private record Worked(long version, LocalDate day, CbsRefresh.Report attempt, Freshness freshness) {
    }

    private volatile History history = new History(-1, List.of());
    private volatile Worked worked;

    public Freshness current() {
        Snapshot snapshot = snapshots.current();
        LocalDate day = today.date();
        CbsRefresh.Report attempt = cbs.last().orElse(null);
        Worked w = worked;
        if (w == null || w.version() != snapshot.version() || !w.day().equals(day) || w.attempt() != attempt) {
            w = new Worked(snapshot.version(), day, attempt,
                    new Freshness(ReleaseCalendar.status(publications(snapshot), day).orElse(null), attempt));
            worked = w;
        }
        return w.freshness();
    }

    /** The part of a cache key that keeps a page from outliving the freshness it shows. */
    public String stamp() {
        return current().stamp();
    }

    /** {@code {freshness:now}} in templates: the state the page is rendered with. */
    @TemplateExtension(namespace = "freshness", matchName = "now")
    static Freshness now() {
        return Arc.container().instance(FreshnessService.class).get().current();
    }

    private List<ReleaseCalendar.Publication> publications(Snapshot snapshot) {
        History h = history;
        if (h.version() != snapshot.version()) {
            h = new History(snapshot.version(), Publications.of(snapshot));
            history = h;
        }
        return h.publications();
    }
}
