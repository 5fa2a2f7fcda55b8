package nl.industriemonitor.web;

import java.util.Locale;
import java.util.Set;

/**
 * The content codings the app stores its answers in, in the order it prefers them, and the choice among them
 * for one request's {@code Accept-Encoding} (RFC 9110, 12.5.3): the highest weight wins, ties go to the
 * smaller coding; an answer no coding fits goes out as it is.
 */
public enum Encoding {
    BR("br"),
    GZIP("gzip"),
    IDENTITY("identity");

    /** The token of {@code Accept-Encoding} and {@code Content-Encoding}. */
    public final String token;

    Encoding(String token) {
        this.token = token;
    }

    /** What an ETag of this coding ends with inside its quotes: nothing for the plain bytes. */
    String tagSuffix() {
        return this == IDENTITY ? "" : "-" + token;
    }

    /** The entity tag of this coding's bytes, made from the tag of the plain bytes. */
    public String tag(String plainTag) {
        return this == IDENTITY ? plainTag : plainTag.substring(0, plainTag.length() - 1) + tagSuffix() + "\"";
    }

    /** The best of {@code stored} for a request that sent {@code acceptEncoding} (null: none sent). */
    public static Encoding best(String acceptEncoding, Set<Encoding> stored) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return IDENTITY;
        }
        float[] weights = weights(acceptEncoding);
        Encoding best = IDENTITY;
        float bestWeight = 0;
        for (Encoding e : values()) {
            // values() runs from the preferred coding down: only a higher weight displaces an earlier one
            if (stored.contains(e) && weights[e.ordinal()] > bestWeight) {
                best = e;
                bestWeight = weights[e.ordinal()];
            }
        }
        return best;
    }

    /** Each coding's weight in the header; unlisted ones take {@code *}'s, and identity is acceptable unless refused. */
    static float[] weights(String header) {
        float[] listed = {-1, -1, -1};
        float star = -1;
        for (String part : header.split(",")) {
            int semi = part.indexOf(';');
            String token = (semi < 0 ? part : part.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
            float q = semi < 0 ? 1 : quality(part.substring(semi + 1));
            switch (token) {
                case "br" -> listed[BR.ordinal()] = q;
                case "gzip", "x-gzip" -> listed[GZIP.ordinal()] = q;
                case "identity" -> listed[IDENTITY.ordinal()] = q;
                case "*" -> star = q;
                default -> {
                    // a coding we do not store (deflate, zstd, ...)
                }
            }
        }
        float[] weights = new float[3];
        for (Encoding e : values()) {
            float w = listed[e.ordinal()];
            if (w < 0) {
                w = star >= 0 ? star : e == IDENTITY ? 0.001f : 0;
            }
            weights[e.ordinal()] = w;
        }
        return weights;
    }

    private static float quality(String params) {
        for (String p : params.split(";")) {
            String s = p.strip();
            if (s.length() > 2 && (s.charAt(0) == 'q' || s.charAt(0) == 'Q') && s.charAt(1) == '=') {
                try {
                    float q = Float.parseFloat(s.substring(2).strip());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
