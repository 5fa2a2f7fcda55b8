package nl.industriemonitor.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import nl.industriemonitor.web.Formats;

/** Formatting for the admin templates. */
@TemplateExtension
public final class AdminFormats {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private AdminFormats() {
    }

    /** "28 november 2026 10:15" in Dutch time, the time administrators live in. */
    static String label(Instant at, @TemplateAttribute("locale") Object locale) {
        Locale l = locale instanceof Locale given ? given : Locale.forLanguageTag(String.valueOf(locale));
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", l).withZone(AMSTERDAM).format(at);
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
