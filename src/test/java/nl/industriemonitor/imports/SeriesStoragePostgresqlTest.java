package nl.industriemonitor.imports;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * {@link SeriesStorageTest} on PostgreSQL: the same entities, arrays and batches, built for that database
 * (a test profile changes the build-time database kind). Needs INDUSTRIEMONITOR_TEST_PG_URL, as ClusterIT;
 * it works in a schema of its own, emptied at each start, and leaves the rest of that database alone.
 */
@QuarkusTest
@TestProfile(SeriesStoragePostgresqlTest.Postgresql.class)
@EnabledIfEnvironmentVariable(named = "INDUSTRIEMONITOR_TEST_PG_URL", matches = ".+")
class SeriesStoragePostgresqlTest extends SeriesStorageTest {

    static final String SCHEMA = "series_storage_test";

    public static class Postgresql extends IsolatedDatabase {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(super.getConfigOverrides());
            String url = System.getenv("INDUSTRIEMONITOR_TEST_PG_URL");
            if (url == null) {
                // JUnit discovery builds the profile even when the test is disabled for want of the database
                return overrides;
            }
            overrides.put("quarkus.datasource.db-kind", "postgresql");
            overrides.put("quarkus.datasource.jdbc.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
            overrides.put("quarkus.datasource.username", System.getenv().getOrDefault("INDUSTRIEMONITOR_TEST_PG_USER",
                    "industriemonitor"));
            overrides.put("quarkus.datasource.password", System.getenv().getOrDefault("INDUSTRIEMONITOR_TEST_PG_PASSWORD",
                    "industriemonitor"));
            overrides.put("quarkus.flyway.schemas", SCHEMA);
            overrides.put("quarkus.flyway.clean-at-start", "true");
            overrides.put("quarkus.flyway.clean-disabled", "false");
            overrides.put("quarkus.hibernate-orm.database.default-schema", SCHEMA);
            overrides.put("quarkus.datasource.devservices.enabled", "false");
            return overrides;
        }
    }
}
