package nl.industriemonitor.imports;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A database of its own for tests that add releases, so the page tests keep seeing the bundled
 * data only; CBS points at a closed local port, so nothing can reach the internet.
 */
public class IsolatedDatabase implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:isolated;DB_CLOSE_DELAY=-1",
                "industriemonitor.cbs.base-url", "http://127.0.0.1:9/odata/85806NED",
                "industriemonitor.cbs.timeout", "PT5S");
    }
}
