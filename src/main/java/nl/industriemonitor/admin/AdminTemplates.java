package nl.industriemonitor.admin;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.industriemonitor.web.Lang;

/** The admin templates ({@code templates/admin/}), rendered in the administrator's language. */
@ApplicationScoped
public class AdminTemplates {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance dashboard(AdminPages.Dashboard page);

        static native TemplateInstance login(AdminPages.Login page);

        static native TemplateInstance preview(AdminPages.Preview page);

        static native TemplateInstance refused(AdminPages.Refused page);

        static native TemplateInstance result(AdminPages.Result page);

        static native TemplateInstance notice(AdminPages.Notice page);
    }

    static Response html(int status, Lang lang, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.setLocale(lang.locale).render()).build();
    }

    String tooLarge(Lang lang, String limit) {
        return Templates.refused(new AdminPages.Refused(new AdminPages.Frame(lang, null), null, limit, List.of(),
                AdminPages.Refusal.TOO_LARGE)).setLocale(lang.locale).render();
    }

    String loginRefused(Lang lang, boolean throttled, String origin, long minutes) {
        return Templates.notice(new AdminPages.Notice(new AdminPages.Frame(lang, null),
                throttled ? AdminPages.Refusal.THROTTLED : AdminPages.Refusal.CROSS_SITE, origin, minutes))
                .setLocale(lang.locale).render();
    }
}
