package nl.industriemonitor.security;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A database of its own for the hostile-input test: the bundled data plus branches and releases
 * with hostile names and sources, so no other test sees them; CBS points at a closed local port.
 */
public class HostileDatabase implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:hostile;DB_CLOSE_DELAY=-1",
                "industriemonitor.cbs.base-url", "http://127.0.0.1:9/odata/85806NED",
                "industriemonitor.cbs.timeout", "PT5S");
    }
}
