package nl.industriemonitor.revisions;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import nl.industriemonitor.web.Formats;

/** Prints a vintage the way its measure is published: a change as "+0,7 %", an index as "103,8". */
@TemplateExtension
public class RevisionFormats {

    private RevisionFormats() {
    }

    static String shown(Vintage vintage, @TemplateAttribute("locale") Object locale) {
        return vintage.percent() ? Formats.pct(vintage.figure().amount(), locale)
                : Formats.num(vintage.figure().amount(), locale);
    }
}
