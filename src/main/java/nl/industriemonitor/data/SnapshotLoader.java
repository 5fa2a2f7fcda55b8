package nl.industriemonitor.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import org.hibernate.jpa.HibernateHints;

/** Reads the whole database into a new {@link Snapshot}; the only code that reads figures in bulk. */
@ApplicationScoped
public class SnapshotLoader {

    /** The columns of one series row, read as a projection: no managed entity, no copy of its arrays. */
    public record SeriesRow(long releaseId, String branchCode, String measure, LocalDate heldFrom, LocalDate heldTo,
                            LocalDate[] heldAbsent, LocalDate[] periodMonths, BigDecimal[] amounts, Boolean[] provisional,
                            Boolean[] revisedProvisional, String[] sources) {

        /** How many figures the release published in this series. */
        public int figureCount() {
            return ObservationSeries.figureCount(heldFrom, heldTo, heldAbsent, periodMonths);
        }

        public void figures(ObservationSeries.FigureSink sink) {
            ObservationSeries.figures(releaseId, branchCode, measure, periodMonths, amounts, provisional,
                    revisedProvisional, sources, sink);
        }
    }

    @Inject
    DatabaseCommands database;

    /** How many releases the database holds and the newest id: what a snapshot of it would show. */
    public record Stored(long releases, long version) {
        public boolean shownBy(Snapshot snapshot) {
            return snapshot.releaseCount() == releases && snapshot.version() == version;
        }
    }

    /** One small query, cheap enough to ask every few seconds. */
    public Stored stored() {
        Release.Count count = QuarkusTransaction.requiringNew().call(Release::stored);
        return new Stored(count.releases(), count.newestId());
    }

    public Snapshot load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            // several queries: on a database other instances write to they must see one state of it
            database.beginConsistentRead();
            database.lazyReads(true);
            try {
                return read();
            } finally {
                database.lazyReads(false);
            }
        });
    }

    /** Reads the whole database in the caller's transaction. */
    public static Snapshot read() {
        Snapshot.Builder builder = Snapshot.builder(Release.stored().newestId());
        Branch.all().forEach(branch -> builder.branch(branch.info()));
        EuropeData.Builder europe = EuropeData.builder();
        Release.all().forEach(release -> {
            if (EuropeData.holds(release.dataset)) {
                europe.release(release.info());
            } else {
                builder.release(release.info());
            }
        });
        try (Stream<SeriesRow> rows = series()) {
            rows.forEach(row -> {
                builder.holding(row.releaseId(), row.branchCode(), ObservationSeries.measureOf(row.measure()),
                        row.heldFrom() == null ? null : YearMonth.from(row.heldFrom()),
                        row.heldTo() == null ? null : YearMonth.from(row.heldTo()),
                        row.heldAbsent() == null ? null
                                : java.util.Arrays.stream(row.heldAbsent()).map(YearMonth::from).toArray(YearMonth[]::new),
                        row.figureCount());
                row.figures((release, branch, month, measure, amount, status, source) ->
                        builder.stored(release, branch, month, measure, Snapshot.asPublished(amount), status, source));
            });
        }
        EuropeSeries.all().forEach(europe::series);
        return builder.europe(europe.build()).build();
    }

    /**
     * Every series row of every release, streamed in the caller's transaction (PostgreSQL then sends the rows a
     * hundred at a time). A criteria query, as all reads at start (see {@link Release#all()}).
     */
    public static Stream<SeriesRow> series() {
        EntityManager em = ObservationSeries.getEntityManager();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<SeriesRow> query = cb.createQuery(SeriesRow.class);
        Root<ObservationSeries> s = query.from(ObservationSeries.class);
        Path<ObservationSeries.Key> id = s.get("id");
        query.select(cb.construct(SeriesRow.class, id.get("releaseId"), id.get("branchCode"), id.get("measure"),
                s.get("heldFrom"), s.get("heldTo"), s.get("heldAbsent"), s.get("periodMonths"), s.get("amounts"), s.get("provisional"), s.get("revisedProvisional"),
                s.get("sources")));
        return em.createQuery(query).setHint(HibernateHints.HINT_FETCH_SIZE, 100).getResultStream();
    }
}
