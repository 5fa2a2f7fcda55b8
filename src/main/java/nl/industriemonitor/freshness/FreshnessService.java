package nl.industriemonitor.freshness;

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
 * {@link CbsRefresh}, so a cached page is keyed by {@link Freshness#stamp()} as well as by the data version.
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

    private volatile History history = new History(-1, List.of());

    public Freshness current() {
        return new Freshness(ReleaseCalendar.status(publications(snapshots.current()), today.date()).orElse(null),
                cbs.last().orElse(null));
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
