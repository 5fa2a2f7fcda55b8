package nl.industriemonitor.imports;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A database of its own, without the bundled files, talking to a {@link FakeCbsServer}; the scheduled
 * refresh fires every second once a test resumes the (halted) scheduler.
 */
public class FakeCbsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:fakecbs;DB_CLOSE_DELAY=-1",
                "industriemonitor.bundled.load", "false",
                "industriemonitor.cbs.refresh-cron", "* * * * * ?",
                "quarkus.scheduler.start-mode", "halted");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeCbsResource.class));
    }
}
