package nl.industriemonitor.web;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The app behind a proxy, with its public address configured. */
public class PublicUrlProfile implements QuarkusTestProfile {

    static final String PUBLIC = "https://monitor.example";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("industriemonitor.public-url", PUBLIC + "/");
    }
}
