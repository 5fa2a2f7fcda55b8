package nl.industriemonitor.cluster;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import nl.industriemonitor.imports.FakeCbsResource;

/**
 * A database of its own, without the bundled files, on which a test plays "another instance" by writing
 * to the tables directly; CBS is the local fake. The schedules stay off: tests call them.
 */
public class ClusterProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:cluster;DB_CLOSE_DELAY=-1",
                "industriemonitor.bundled.load", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeCbsResource.class));
    }
}
