/**
 * What the app stores and the in-memory snapshot the pages read.
 *
 * <p>Storage is Hibernate ORM with Panache, as <em>active records</em> everywhere: every table of the Flyway
 * schema is an entity with public fields and static finders named for intent, in the feature package that
 * owns it ({@link nl.industriemonitor.data.Release}, {@link nl.industriemonitor.data.Branch} and
 * {@link nl.industriemonitor.data.ObservationSeries} here; {@code BundledFile} in imports, {@code PendingUpload}
 * in admin, {@code ScheduledRefresh} and {@code ClusterLock} in cluster). No repositories. Flyway owns the
 * schema (db/migration); Hibernate never changes it and validates it in the tests.
 *
 * <p>Transactions are Quarkus' ({@code QuarkusTransaction} or {@code @Transactional}). An import writes its
 * release, branches and figure series in one transaction, the series through the transaction's
 * {@code StatelessSession} in JDBC batches (no persistence context copying their arrays). Pages never query the
 * database: {@link nl.industriemonitor.data.SnapshotLoader} reads it whole, with projections of the series rows,
 * into an immutable {@link nl.industriemonitor.data.Snapshot}. Releases share the figures they repeat, in the
 * database (a row's range of months, V10) and in memory ({@link nl.industriemonitor.data.Series}); the snapshot's
 * builder works out what a new release shares and so which rows an import writes.
 *
 * <p>The only SQL outside the entities' queries is what Hibernate has no API for, in one place:
 * {@link nl.industriemonitor.data.DatabaseCommands} (PostgreSQL's consistent read, H2's flush and backup),
 * run as native queries through the Hibernate session.
 */
package nl.industriemonitor.data;
