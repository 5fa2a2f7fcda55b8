package nl.industriemonitor.admin;

import java.math.BigDecimal;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import nl.industriemonitor.web.Formats;

/** Formatting for the admin templates. */
@TemplateExtension
public final class AdminFormats {

    private AdminFormats() {
    }

    /** A difference with its sign, at the decimals of the figures themselves: "−0,6". */
    static String signed(BigDecimal value, @TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "";
        }
        String body = Formats.num(value.abs(), locale);
        return value.signum() < 0 ? "\u2212" + body : value.signum() > 0 ? "+" + body : body;
    }
}
