package nl.industriemonitor.overview;

import java.util.List;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import nl.industriemonitor.analysis.HistoryStanding;
import nl.industriemonitor.analysis.summary.MonthSummary;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.HistoryMessages;

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

    /** "chemische industrie (sinds maart 2009), papierindustrie (sinds het begin van de reeks in januari 2005)". */
    public static String historyList(MonthSummary summary, List<MonthSummary.Standing> list, String lang,
                                     @TemplateAttribute("locale") Object locale) {
        HistoryMessages msg = MessageBundles.get(HistoryMessages.class, Localized.Literal.of(lang));
        return list.stream().map(s -> {
            HistoryStanding h = s.history();
            String when = h.sinceMonth() ? msg.list_since(Formats.label(h.since(), locale))
                    : h.record() ? msg.list_record(Formats.label(h.judgedFrom(), locale))
                    : msg.list_gap(Formats.label(h.judgedFrom(), locale));
            return inSentence(s.branch().name(lang)) + " (" + when + ")";
        }).collect(Collectors.joining(", "));
    }

    public static String energyList(MonthSummary summary, String lang, @TemplateAttribute("locale") Object locale) {
        return summary.energyIntensive().stream()
                .map(c -> inSentence(c.branch().name(lang)) + " (" + Formats.pct(c.yoy().amount(), locale) + ")")
                .collect(Collectors.joining(", "));
    }
}
