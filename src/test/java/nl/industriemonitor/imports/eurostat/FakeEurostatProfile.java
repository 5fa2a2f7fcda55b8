package nl.industriemonitor.imports.eurostat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/** A database of its own with the bundled CBS and Eurostat figures, talking to a {@link FakeEurostatServer}. */
public class FakeEurostatProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:fakeeurostat;DB_CLOSE_DELAY=-1",
                "industriemonitor.eurostat.divisions", "C17,C20",
                "industriemonitor.eurostat.since", "2023-01");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Server.class));
    }

    /** Starts the fake before the app and points the app at it. */
    public static class Server implements QuarkusTestResourceLifecycleManager {

        private static volatile FakeEurostatServer server;

        public static FakeEurostatServer server() {
            return server;
        }

        @Override
        public Map<String, String> start() {
            try {
                server = FakeEurostatServer.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("industriemonitor.eurostat.base-url", server.baseUrl().toString(),
                    "industriemonitor.eurostat.timeout", "PT5S");
        }

        @Override
        public void stop() {
            if (server != null) {
                server.close();
            }
        }
    }
}
