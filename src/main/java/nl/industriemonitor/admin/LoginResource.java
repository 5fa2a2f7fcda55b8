package nl.industriemonitor.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.industriemonitor.web.Lang;

/** {@code /admin/login}: the form posts to the login mechanism ({@code quarkus.http.auth.form.post-location}). */
@Path("/admin/login")
@PermitAll
public class LoginResource {

    @Inject
    AdminUsers users;

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "quarkus.http.auth.form.post-location")
    String postLocation;

    @GET
    public Response page(@QueryParam("error") String error, @Context HttpHeaders headers) {
        if (!identity.isAnonymous() && identity.hasRole(AdminIdentityProvider.ROLE)) {
            return Response.seeOther(java.net.URI.create("/admin")).build();
        }
        Lang lang = AdminLang.of(headers.getAcceptableLanguages());
        var page = new AdminPages.Login(new AdminPages.Frame(lang, null), error != null, !users.anyConfigured(),
                postLocation);
        return AdminTemplates.html(error != null ? 401 : 200, lang, AdminTemplates.Templates.login(page));
    }
}
