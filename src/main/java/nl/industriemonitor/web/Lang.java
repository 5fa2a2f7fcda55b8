package nl.industriemonitor.web;

import java.util.Locale;
import java.util.Optional;

/** The page languages: Dutch (default) and English, as the first segment of every page URL. */
public enum Lang {
    NL("nl"), EN("en");

    public final String code;
    public final Locale locale;

    Lang(String code) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
    }

    public static Optional<Lang> byCode(String code) {
        for (Lang lang : values()) {
            if (lang.code.equals(code)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /** The language of a URL path as sent, for answers given before any page parsed it: Dutch unless /en. */
    public static Lang ofPath(String rawPath) {
        return rawPath != null && (rawPath.startsWith("/en/") || rawPath.equals("/en")) ? EN : NL;
    }

    public Lang other() {
        return this == NL ? EN : NL;
    }
}
