package nl.industriemonitor.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import nl.industriemonitor.IndustriemonitorConfig;

/**
 * The administrators: names with bcrypt hashes from the configuration or an environment-provided
 * file. There is no built-in user; without configuration nobody can log in.
 */
@ApplicationScoped
public class AdminUsers {

    private static final Logger LOG = Logger.getLogger(AdminUsers.class);
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    /**
     * Compared against when the name is unknown, so that a wrong name takes as long as a wrong password.
     * Made at the first login, not at start: one bcrypt hash in a cold JVM is a noticeable part of start-up.
     */
    private static final class Dummy {
        static final String HASH = BcryptUtil.bcryptHash("no such administrator", 10);
    }

    @Inject
    IndustriemonitorConfig config;

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    java.util.Optional<String> sessionKey;

    private volatile Map<String, String> hashes = Map.of();

    void onStart(@Observes StartupEvent event) {
        Map<String, String> found = new LinkedHashMap<>();
        config.admin().user().ifPresent(name -> config.admin().passwordHash().ifPresentOrElse(
                hash -> add(found, name, hash, "industriemonitor.admin.password-hash"),
                () -> LOG.errorf("Administrator %s has no industriemonitor.admin.password-hash; ignored", name)));
        config.admin().usersFile().map(config::resolve).ifPresent(file -> {
            try {
                int line = 0;
                for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    line++;
                    String entry = text.strip();
                    int colon = entry.indexOf(':');
                    if (entry.isEmpty() || entry.startsWith("#")) {
                        continue;
                    }
                    if (colon <= 0) {
                        LOG.errorf("%s line %d is not name:bcrypt-hash; ignored", file, line);
                    } else {
                        add(found, entry.substring(0, colon), entry.substring(colon + 1), file + " line " + line);
                    }
                }
            } catch (IOException e) {
                LOG.errorf("Cannot read the administrators file %s (%s); it adds nobody", file, e.getMessage());
            }
        });
        hashes = Collections.unmodifiableMap(found);
        if (found.isEmpty()) {
            LOG.info("No administrators configured: /admin accepts no login (see README, Administration)");
        } else {
            LOG.infof("%d administrator(s) configured for /admin", found.size());
            if (sessionKey.isEmpty()) {
                LOG.warn("quarkus.http.auth.session.encryption-key is not set: admin sessions use a random key and"
                        + " end when the app restarts (set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY)");
            }
        }
    }

    private static void add(Map<String, String> found, String name, String hash, String where) {
        if (!BCRYPT.matcher(hash).matches()) {
            // a plain password (or anything else) never becomes a credential
            LOG.errorf("The password hash of administrator %s (%s) is not a bcrypt hash; ignored", name, where);
            return;
        }
        // $2b$ is the same algorithm as $2a$ for passwords of up to 72 bytes; the verifier knows only $2a$/$2y$
        found.put(name, hash.startsWith("$2b$") ? "$2a$" + hash.substring(4) : hash);
    }

    /** True only for a configured administrator with this password. Takes one bcrypt check either way. */
    public boolean verify(String name, String password) {
        String hash = hashes.get(name);
        boolean matches = BcryptUtil.matches(password, hash == null ? Dummy.HASH : hash);
        return hash != null && matches;
    }

    public boolean isConfigured(String name) {
        return name != null && hashes.containsKey(name);
    }

    public boolean anyConfigured() {
        return !hashes.isEmpty();
    }
}
