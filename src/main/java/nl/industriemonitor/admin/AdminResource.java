package nl.industriemonitor.admin;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.cluster.ImportLock;
import nl.industriemonitor.data.Release;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.imports.CbsRefresh;
import nl.industriemonitor.imports.ImportPreview;
import nl.industriemonitor.imports.ImportRejectedException;
import nl.industriemonitor.imports.ImportService;
import nl.industriemonitor.imports.ReleaseBatch;
import nl.industriemonitor.imports.UploadReader;
import nl.industriemonitor.web.Lang;

/**
 * {@code /admin}: the releases with who imported them, a file upload with a preview before anything
 * is stored, and "fetch from CBS now". Every form carries a CSRF token (quarkus-rest-csrf).
 */
@Path("/admin")
@RolesAllowed(AdminIdentityProvider.ROLE)
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    @Inject
    SecurityIdentity identity;

    @Inject
    ImportService imports;

    @Inject
    SnapshotHolder snapshots;

    @Inject
    CbsRefresh cbs;

    @Inject
    PendingUploads pending;

    @Inject
    ImportLock importLock;

    @Inject
    IndustriemonitorConfig config;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String cookieName;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/")
    String cookiePath;

    @GET
    public Response dashboard(@Context HttpHeaders headers) {
        Lang lang = AdminLang.of(headers.getAcceptableLanguages());
        var page = new AdminPages.Dashboard(frame(lang),
                QuarkusTransaction.requiringNew().call(Release::newestImportFirst), cbs.last().orElse(null),
                AdminLang.size(config.admin().uploadLimit()), config.cbs().baseUrl().toString(),
                config.cbs().refreshCron());
        return AdminTemplates.html(200, lang, AdminTemplates.Templates.dashboard(page));
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("published") String published,
                           @Context HttpHeaders headers) throws IOException {
        Lang lang = AdminLang.of(headers.getAcceptableLanguages());
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return refused(400, lang, null, null, List.of(), AdminPages.Refusal.NO_FILE);
        }
        String name = file.fileName();
        long limit = config.admin().uploadLimit();
        if (file.size() > limit) {
            return refused(413, lang, name, AdminLang.size(limit), List.of(), AdminPages.Refusal.TOO_LARGE);
        }
        byte[] content = Files.readAllBytes(file.uploadedFile());
        List<ReleaseBatch> batches;
        LocalDate date;
        try {
            date = publishedField(published);
            batches = UploadReader.read(content, name, date, imports.catalogue());
        } catch (ImportRejectedException e) {
            LOG.infof("Upload %s by %s refused: %d problems", name, user(), e.problems().size());
            return refused(400, lang, name, null, e.problems(), AdminPages.Refusal.PROBLEMS);
        }
        Snapshot snapshot = snapshots.current();
        List<String> checksums = ImportPreview.checksums(batches);
        Set<String> stored = storedAmong(batches, checksums);
        ImportPreview preview = ImportPreview.of(batches, snapshot, stored);
        String id = pending.put(new PendingUploads.Upload(user(), name, content, checksums, snapshot.version()));
        var page = new AdminPages.Preview(frame(lang), name, id, preview, date);
        return AdminTemplates.html(200, lang, AdminTemplates.Templates.preview(page));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response commit(@RestForm("upload") String id, @RestForm("published") String published,
                           @Context HttpHeaders headers) {
        Lang lang = AdminLang.of(headers.getAcceptableLanguages());
        var upload = pending.take(id, user()).orElse(null);
        if (upload == null) {
            return expired(lang);
        }
        try {
            // the date comes back from the preview's form; a changed one no longer matches the checksums
            List<ReleaseBatch> batches = UploadReader.read(upload.content(), upload.fileName(),
                    publishedField(published), imports.catalogue());
            if (!ImportPreview.checksums(batches).equals(upload.checksums())) {
                return expired(lang);
            }
            // the preview may have been made on another instance: compare with the data stored now, under
            // the lock, so that no import on any instance slips in between this check and the store
            ImportService.Result result = importLock.exclusively(() ->
                    snapshots.catchUp().version() == upload.dataVersion()
                            ? imports.store(batches, "upload " + upload.fileName(), user()) : null);
            if (result == null) {
                return expired(lang);
            }
            List<LocalDate> dates = batches.stream().map(ReleaseBatch::published).filter(Objects::nonNull).distinct()
                    .sorted().toList();
            var page = new AdminPages.Result(frame(lang), result, null, result.changedAnything() ? dates : List.of());
            return AdminTemplates.html(200, lang, AdminTemplates.Templates.result(page));
        } catch (ImportRejectedException e) {
            return refused(400, lang, upload.fileName(), null, e.problems(), AdminPages.Refusal.PROBLEMS);
        }
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@RestForm("upload") String id) {
        pending.discard(id);
        return Response.seeOther(URI.create("/admin")).build();
    }

    @POST
    @Path("refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refresh(@Context HttpHeaders headers) {
        Lang lang = AdminLang.of(headers.getAcceptableLanguages());
        CbsRefresh.Report report = cbs.refreshNow(user());
        var page = new AdminPages.Result(frame(lang), null, report, List.of());
        return AdminTemplates.html(200, lang, AdminTemplates.Templates.result(page));
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        NewCookie gone = new NewCookie.Builder(cookieName).value("").path(cookiePath).maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/admin/login")).cookie(gone).build();
    }

    /** The optional release date of the upload form; a date that cannot be read is the form's problem. */
    private static LocalDate publishedField(String published) throws ImportRejectedException {
        if (published == null || published.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(published.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ImportRejectedException(new nl.industriemonitor.imports.ImportProblem("form", "published",
                    "'" + published.strip().substring(0, Math.min(20, published.strip().length()))
                            + "' is not a date as YYYY-MM-DD"));
        }
    }

    private Set<String> storedAmong(List<ReleaseBatch> batches, List<String> checksums) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> stored = new HashSet<>();
            for (int i = 0; i < batches.size(); i++) {
                if (Release.withContent(batches.get(i).dataset(), checksums.get(i))) {
                    stored.add(checksums.get(i));
                }
            }
            return stored;
        });
    }

    private Response refused(int status, Lang lang, String name, String detail,
                             List<nl.industriemonitor.imports.ImportProblem> problems, AdminPages.Refusal why) {
        var page = new AdminPages.Refused(frame(lang), name, detail, problems, why);
        return AdminTemplates.html(status, lang, AdminTemplates.Templates.refused(page));
    }

    private Response expired(Lang lang) {
        var page = new AdminPages.Result(frame(lang), null, null, List.of());
        return AdminTemplates.html(409, lang, AdminTemplates.Templates.result(page));
    }

    private AdminPages.Frame frame(Lang lang) {
        return new AdminPages.Frame(lang, user());
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
