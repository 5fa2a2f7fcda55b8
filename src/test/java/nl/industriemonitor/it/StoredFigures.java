package nl.industriemonitor.it;

/**
 * Questions the integration tests ask of a database that an app process of theirs holds: SQL, since the
 * entities that store the figures live in that other process (tests inside the app read them through the
 * entities, {@code DatabaseRows}).
 */
final class StoredFigures {

    /**
     * How many figures a series row says its release published: the months of its range less the absent ones when it
     * has one (its arrays hold only what changed), else its arrays' length. Portable between H2 and PostgreSQL.
     */
    static final String ROW_FIGURES = "case when s.held_from is null then cardinality(s.period_months) else"
            + " (extract(year from s.held_to) - extract(year from s.held_from)) * 12"
            + " + extract(month from s.held_to) - extract(month from s.held_from) + 1"
            + " - coalesce(cardinality(s.held_absent), 0) end";

    /** How many figures, over all releases, the database holds (every figure each release published). */
    static final String FIGURE_COUNT = "select coalesce(sum(" + ROW_FIGURES + "), 0) from observation_series s";

    /**
     * Releases whose stored figures are fewer or more than the release says it holds: must be none. CBS's figures
     * are in observation_series, Eurostat's in europe_series.
     */
    static final String RELEASES_STORED_IN_PART = "select count(*) from data_release r where r.cell_count <>"
            + " (select coalesce(sum(" + ROW_FIGURES + "), 0) from observation_series s where s.release_id = r.id)"
            + " + (select coalesce(sum(cardinality(e.period_months)), 0) from europe_series e where e.release_id = r.id)";

    private StoredFigures() {
    }
}
