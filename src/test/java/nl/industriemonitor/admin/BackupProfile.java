package nl.industriemonitor.admin;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A file database (BACKUP TO needs one) and a backup folder of this test run's own, under target/. */
public class BackupProfile implements QuarkusTestProfile {

    static final String RUN = "target/backup-test/run-" + System.currentTimeMillis();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:file:./" + RUN + "/db;DB_CLOSE_ON_EXIT=FALSE",
                "industriemonitor.admin.backup-dir", RUN + "/backups");
    }
}
