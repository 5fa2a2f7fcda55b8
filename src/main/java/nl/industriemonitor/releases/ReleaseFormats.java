package nl.industriemonitor.releases;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import nl.industriemonitor.analysis.NewMonths;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.web.Formats;

/** Prints what the release pages need beyond {@link Formats}: import times, month ranges, figures by measure. */
@TemplateExtension
public class ReleaseFormats {

    /** Import times are shown on Dutch clocks: CBS publishes at 8:30 Amsterdam time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private ReleaseFormats() {
    }

    /** "20 april 2026, 14:05" / "20 April 2026, 14:05". */
    static String time(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale(locale))
                .format(instant.atZone(ZONE));
    }

    /** "jan. 2021 – jan. 2026; mrt. 2026" / "Jan 2021 – Jan 2026; Mar 2026". */
    static String rangeText(NewMonths months, @TemplateAttribute("locale") Object locale) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM yyyy", locale(locale));
        return months.ranges().stream()
                .map(r -> r.single() ? f.format(r.first()) : f.format(r.first()) + " – " + f.format(r.last()))
                .collect(Collectors.joining("; "));
    }

    /** A change in percent with its sign ("−0,3 %"), an index or a balance as a plain number ("103,8"). */
    static String shown(Figure figure, Measure measure, @TemplateAttribute("locale") Object locale) {
        if (figure == null) {
            return "";
        }
        return percent(measure) ? Formats.pct(figure.amount(), locale) : Formats.num(figure.amount(), locale);
    }

    static boolean percent(Measure measure) {
        return measure == Measure.YOY_CA || measure == Measure.MOM_SA || measure == Measure.TURNOVER_YOY;
    }

    private static Locale locale(Object locale) {
        if (locale instanceof Locale l) {
            return l;
        }
        return locale == null ? Locale.forLanguageTag("nl") : Locale.forLanguageTag(locale.toString());
    }
}
