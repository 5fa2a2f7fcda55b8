package nl.industriemonitor.data;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * The commands Hibernate has no API for, run as native SQL through the Hibernate session in the caller's
 * transaction; the only SQL of the app outside its entities' queries (data/package-info.java):
 * PostgreSQL's consistent read, and H2's flush to disk and online backup.
 */
@ApplicationScoped
public class DatabaseCommands {

    @Inject
    Session session;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    public boolean isH2() {
        return "h2".equalsIgnoreCase(dbKind);
    }

    /** The database's name for the pages and the log. */
    public String product() {
        return isH2() ? "H2" : dbKind;
    }

    /**
     * First statement of a transaction that reads with several queries: on a database that other instances
     * write to it then reads one snapshot of the database (PostgreSQL's REPEATABLE READ), so a release
     * committed half-way through the reads is seen whole or not at all. JPA has no per-transaction isolation
     * level. On the embedded H2 only this process writes, and a read follows the commit that caused it.
     */
    public void beginConsistentRead() {
        if (!isH2()) {
            session.createNativeMutationQuery("set transaction isolation level repeatable read, read only")
                    .executeUpdate();
        }
    }

    /**
     * H2 builds a query's whole result in memory before the first row unless the session executes lazily; the read
     * of every series at start is, with five years of monthly releases, about 12 000 rows of 400-element arrays,
     * more than the launcher's heap. On: rows are made as they are read. Off again before the connection goes back
     * to the pool. PostgreSQL streams by the fetch size already.
     */
    public void lazyReads(boolean on) {
        if (isH2()) {
            session.createNativeMutationQuery("set lazy_query_execution " + on).executeUpdate();
        }
    }

    /**
     * H2 writes committed changes to its file up to a second later (MVStore's auto-commit delay); an import
     * is acknowledged only once it is in the file, so that a kill -9 right after loses nothing. Other
     * databases make a commit durable themselves. Needs a transaction.
     */
    public void flushToDisk() {
        if (isH2()) {
            session.createNativeMutationQuery("checkpoint sync").executeUpdate();
        }
    }

    /**
     * H2's {@code BACKUP TO}: a consistent copy of the database file made while the app serves, inside the
     * app's own connection (the file cannot be opened by a second process). Needs a transaction.
     */
    public void backupTo(Path zip) {
        if (!isH2()) {
            throw new UnsupportedOperationException("BACKUP TO is a command of H2; this database is " + dbKind
                    + " (use its own tools, e.g. pg_dump)");
        }
        session.createNativeMutationQuery("backup to '" + zip.toString().replace("'", "''") + "'").executeUpdate();
    }
}
