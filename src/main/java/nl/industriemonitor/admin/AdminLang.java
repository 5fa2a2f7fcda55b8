package nl.industriemonitor.admin;

import java.util.List;
import java.util.Locale;

import nl.industriemonitor.web.Lang;

/** Admin pages are not shared by link, so they speak the browser's language: English if preferred, else Dutch. */
final class AdminLang {

    private AdminLang() {
    }

    static Lang of(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (locale.getLanguage().equals("nl")) {
                return Lang.NL;
            }
            if (locale.getLanguage().equals("en")) {
                return Lang.EN;
            }
        }
        return Lang.NL;
    }

    /** For Vert.x handlers, which see the raw header. */
    static Lang ofHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Lang.NL;
        }
        try {
            return of(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(r -> Locale.forLanguageTag(r.getRange())).toList());
        } catch (IllegalArgumentException e) {
            return Lang.NL;
        }
    }

    /** "20 MB", "64 KB" (binary units, as operating systems show file sizes), else bytes. */
    static String size(long bytes) {
        if (bytes > 0 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes > 0 && bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
