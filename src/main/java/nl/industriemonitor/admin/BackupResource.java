package nl.industriemonitor.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.data.DatabaseCommands;
import nl.industriemonitor.web.Lang;

/**
 * {@code /admin/backup}: a consistent copy of the embedded H2 database made while the app serves. H2's
 * {@code BACKUP TO} runs inside the app's own connection (the file database cannot be opened by a second
 * process) and writes a zip that {@code org.h2.tools.Restore} turns back into a database.
 */
@jakarta.ws.rs.Path("/admin/backup")
@RolesAllowed(AdminIdentityProvider.ROLE)
public class BackupResource {

    private static final Logger LOG = Logger.getLogger(BackupResource.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance backups(Page page);
    }

    /** One zip in the backup folder. */
    public record Backup(String name, long bytes, String size, Instant modified) {
    }

    /**
     * {@code made} is the backup just written (null on the list); {@code error} says why none could be made;
     * {@code token} is the CSRF token for the form, null where none was issued for this request.
     */
    public record Page(AdminPages.Frame frame, Backup made, List<Backup> backups, String folder, String error,
                       String token) {
    }

    @Inject
    DatabaseCommands database;

    @Inject
    IndustriemonitorConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext request;

    @GET
    public Response list(@Context HttpHeaders headers) throws IOException {
        return page(200, AdminLang.of(headers.getAcceptableLanguages()), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response make(@Context HttpHeaders headers) throws IOException {
        Lang lang = AdminLang.of(headers.getAcceptableLanguages());
        try {
            Backup made = backUp();
            LOG.infof("Backup %s (%d bytes) made by %s", made.name(), made.bytes(), identity.getPrincipal().getName());
            return page(200, lang, made, null);
        } catch (PersistenceException e) {
            LOG.errorf(e, "Backup by %s failed", identity.getPrincipal().getName());
            return page(500, lang, null, e.getMessage());
        } catch (UnsupportedOperationException e) {
            return page(409, lang, null, e.getMessage());
        }
    }

    /** One at a time: two backups in the same second would otherwise race for one file name. */
    synchronized Backup backUp() throws IOException {
        Path folder = folder();
        Files.createDirectories(folder);
        String stamp = STAMP.format(Instant.now());
        Path file = folder.resolve("industriemonitor-" + stamp + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("industriemonitor-" + stamp + "-" + n + ".zip");
        }
        Path zip = file;
        QuarkusTransaction.requiringNew().run(() -> database.backupTo(zip));
        return describe(file);
    }

    List<Backup> backups() throws IOException {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("industriemonitor-[0-9-]+\\.zip"))
                    .map(BackupResource::describeQuietly)
                    .sorted(Comparator.comparing(Backup::name, Comparator.reverseOrder())).toList();
        }
    }

    Path folder() {
        return config.resolve(config.admin().backupDir());
    }

    private Response page(int status, Lang lang, Backup made, String error) throws IOException {
        // quarkus-rest-csrf issues a token on the GET paths of quarkus.rest-csrf.create-token-path only; without
        // one the page leaves out its forms (the frame's logout form too) instead of failing to render
        Object token = request.get("csrf-token");
        String user = token == null ? null : identity.getPrincipal().getName();
        var page = new Page(new AdminPages.Frame(lang, user), made, backups(), folder().toString(), error,
                token == null ? null : token.toString());
        return AdminTemplates.html(status, lang, Templates.backups(page));
    }

    private static Backup describe(Path file) throws IOException {
        long bytes = Files.size(file);
        return new Backup(file.getFileName().toString(), bytes, AdminLang.size(bytes),
                Files.getLastModifiedTime(file).toInstant());
    }

    private static Backup describeQuietly(Path file) {
        try {
            return describe(file);
        } catch (IOException e) {
            return new Backup(file.getFileName().toString(), -1, "?", null);
        }
    }
}
