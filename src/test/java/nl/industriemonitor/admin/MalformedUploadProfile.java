package nl.industriemonitor.admin;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A database of its own holding the bundled releases, and an upload limit above the corpus's 1 MB lines. */
public class MalformedUploadProfile implements QuarkusTestProfile {

    static final int UPLOAD_LIMIT = 2 * 1024 * 1024;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:malformed;DB_CLOSE_DELAY=-1",
                "industriemonitor.admin.upload-limit", Integer.toString(UPLOAD_LIMIT));
    }
}
