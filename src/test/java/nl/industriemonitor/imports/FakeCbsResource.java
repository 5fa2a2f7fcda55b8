package nl.industriemonitor.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts a {@link FakeCbsServer} with the 85806NED fixture before the app and points the app at it. */
public class FakeCbsResource implements QuarkusTestResourceLifecycleManager {

    private static volatile FakeCbsServer server;

    /** The fake the running app talks to. */
    public static FakeCbsServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = FakeCbsServer.start("cbs/85806NED");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("industriemonitor.cbs.base-url", server.baseUrl().toString(),
                "industriemonitor.cbs.timeout", "PT5S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
