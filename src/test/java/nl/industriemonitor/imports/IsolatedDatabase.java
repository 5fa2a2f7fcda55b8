package nl.industriemonitor.imports;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A database of its own for tests that add releases, so the page tests keep seeing the bundled
 * data only; CBS points at a closed local port, so nothing can reach the internet. A test whose
 * releases must not reach any other test names a database of its own ({@link #name()}).
 */
public class IsolatedDatabase implements QuarkusTestProfile {

    /** The in-memory database's name. */
    protected String name() {
        return "isolated";
    }

    /** Whether the bundled data are imported at start. */
    protected boolean bundled() {
        return true;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name() + ";DB_CLOSE_DELAY=-1",
                "industriemonitor.cbs.base-url", "http://127.0.0.1:9/odata/85806NED",
                "industriemonitor.cbs.timeout", "PT5S"));
        if (!bundled()) {
            overrides.put("industriemonitor.bundled.load", "false");
        }
        return overrides;
    }
}
