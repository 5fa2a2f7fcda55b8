package nl.industriemonitor.admin;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * The key of the admin session cookie when none is configured: a random one for this start, made here rather
 * than by Quarkus, which writes the key it makes into the log. Every configured key (environment, system
 * property, application.properties) comes first: this source has the lowest ordinal.
 */
public class SessionKey implements ConfigSource {

    static final String NAME = "quarkus.http.auth.session.encryption-key";
    private static final String SOURCE = "industriemonitor-session-key";
    private static final String KEY = random();

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(NAME, KEY);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(NAME);
    }

    @Override
    public String getValue(String propertyName) {
        return NAME.equals(propertyName) ? KEY : null;
    }

    @Override
    public String getName() {
        return SOURCE;
    }

    @Override
    public int getOrdinal() {
        return 1;
    }

    /** Says, without the key, that sessions end with this run. */
    @Singleton
    static class Notice {
        private static final Logger LOG = Logger.getLogger(SessionKey.class);

        void started(@Observes StartupEvent event) {
            if (SOURCE.equals(ConfigProvider.getConfig().getConfigValue(NAME).getSourceName())) {
                LOG.warn("No QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY: admin sessions use a random key made at this start"
                        + " (not logged) and end with a restart; set one to keep them, and the same on every instance");
            }
        }
    }
}
