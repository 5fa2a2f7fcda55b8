package nl.industriemonitor.admin;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import nl.industriemonitor.imports.FakeCbsResource;

/** An empty database of its own, a fake CBS, a small upload limit and a login limit the tests can reach. */
public class AdminProfile implements QuarkusTestProfile {

    static final int UPLOAD_LIMIT = 64 * 1024;
    static final int LOGIN_ATTEMPTS = 30;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:admin;DB_CLOSE_DELAY=-1",
                "industriemonitor.bundled.load", "false",
                "industriemonitor.admin.upload-limit", Integer.toString(UPLOAD_LIMIT),
                "industriemonitor.admin.login-attempts", Integer.toString(LOGIN_ATTEMPTS));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeCbsResource.class));
    }
}
