package nl.industriemonitor.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

/**
 * The admin door: every resource under /admin demands the admin role (checked over every compiled
 * class, so a new admin resource without it fails here), a user without the role gets 403, and no
 * password or key is written in the application's own configuration or code.
 */
@QuarkusTest
class AdminDoorTest {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    @Test
    void everyAdminResourceRequiresTheAdminRole() throws Exception {
        List<Class<?>> admin = resourcesUnder("/admin");
        assertThat(admin).contains(AdminResource.class, LoginResource.class);
        for (Class<?> resource : admin) {
            if (resource.getAnnotation(jakarta.ws.rs.Path.class).value().equals("/admin/login")) {
                assertThat(resource.isAnnotationPresent(PermitAll.class)).as(resource.getName()).isTrue();
                continue;
            }
            RolesAllowed roles = resource.getAnnotation(RolesAllowed.class);
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)) {
                    RolesAllowed own = method.getAnnotation(RolesAllowed.class);
                    RolesAllowed effective = own != null ? own : roles;
                    assertThat(effective).as(resource.getSimpleName() + "." + method.getName()).isNotNull();
                    assertThat(effective.value()).as(method.getName()).containsExactly(AdminIdentityProvider.ROLE);
                    assertThat(method.isAnnotationPresent(PermitAll.class)).as(method.getName()).isFalse();
                }
            }
        }
    }

    @Test
    void everyStateChangingRequestWithoutACsrfTokenIsRefused() throws Exception {
        AdminSession session = AdminSession.loggedIn();
        List<String> checked = new ArrayList<>();
        for (Class<?> resource : resourcesUnder("/admin")) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(POST.class)) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = sub == null ? base : base + "/" + sub.value().replaceAll("^/", "");
                Consumes consumes = method.getAnnotation(Consumes.class);
                boolean multipart = consumes != null && List.of(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA);
                var request = session.request();
                request = multipart ? request.multiPart("file", "x.csv", "x".getBytes(StandardCharsets.UTF_8))
                        : request.formParam("upload", "x");
                int status = request.post(path).statusCode();
                assertThat(status).as("POST " + path + " without a CSRF token").isEqualTo(400);
                checked.add(path);
            }
        }
        assertThat(checked).contains("/admin/upload", "/admin/import", "/admin/refresh", "/admin/logout");
    }

    @Test
    @TestSecurity(user = "reader", roles = "reader")
    void aUserWithoutTheAdminRoleIsForbidden() {
        assertThat(given().redirects().follow(false).get("/admin").statusCode()).isEqualTo(403);
        assertThat(given().redirects().follow(false).formParam("upload", "x").post("/admin/cancel").statusCode())
                .isIn(400, 403);
    }

    @Test
    void noPasswordOrKeyIsWrittenInTheApplication() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                // message bundles hold texts such as "login_password=Password", not settings
                if (file.toString().contains("messages") || !(name.endsWith(".properties") || name.endsWith(".java") || name.endsWith(".html")
                        || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".xml"))) {
                    continue;
                }
                int line = 0;
                for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    line++;
                    String setting = text.strip();
                    if (setting.startsWith("#") || setting.startsWith("%test.")) {
                        continue;
                    }
                    int eq = setting.indexOf('=');
                    String key = eq < 0 ? "" : setting.substring(0, eq).toLowerCase();
                    String value = eq < 0 ? "" : setting.substring(eq + 1).strip();
                    boolean secret = key.contains("password") || key.contains("encryption-key")
                            || key.contains("signature-key") || key.contains("secret");
                    if (name.endsWith(".properties") && secret && !value.isEmpty()
                            && !(key.endsWith("password-hash") && BCRYPT.matcher(value).matches())) {
                        findings.add(file + ":" + line + " " + key);
                    }
                    if (BCRYPT.matcher(setting).find() && !name.endsWith(".properties")) {
                        findings.add(file + ":" + line + " a password hash in code");
                    }
                }
            }
        }
        assertThat(findings).as("literal passwords or keys outside test configuration").isEmpty();
    }

    private static List<Class<?>> resourcesUnder(String prefix) throws IOException, ClassNotFoundException {
        // the compiled application (tests run in the project directory)
        Path root = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String className = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!className.startsWith("nl.industriemonitor.")) {
                    continue;
                }
                Class<?> type = Class.forName(className, false, AdminDoorTest.class.getClassLoader());
                jakarta.ws.rs.Path path = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (path != null && (path.value().equals(prefix) || path.value().startsWith(prefix + "/"))) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
