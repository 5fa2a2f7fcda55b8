package nl.industriemonitor.overview;

import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import nl.industriemonitor.analysis.summary.MonthSummary;
import nl.industriemonitor.web.Formats;

/** Lists in the release text, worded per language: "Chemische industrie (−0,7 %), Papierindustrie (…)". */
@TemplateExtension
public class SummaryFormats {

    private SummaryFormats() {
    }

    /** A branch name inside a sentence: "reparatie en installatie van machines", keeping acronyms. */
    public static String inSentence(String name) {
        if (name == null || name.length() < 2 || Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    public static String energyList(MonthSummary summary, String lang, @TemplateAttribute("locale") Object locale) {
        return summary.energyIntensive().stream()
                .map(c -> inSentence(c.branch().name(lang)) + " (" + Formats.pct(c.yoy().amount(), locale) + ")")
                .collect(Collectors.joining(", "));
    }
}
