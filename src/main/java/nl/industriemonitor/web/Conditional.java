package nl.industriemonitor.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Whether a conditional GET or HEAD may be answered with 304 (RFC 9110, 13.1.2 and 13.1.3): {@code If-None-Match}
 * with one tag, a list or {@code *}, compared weakly (each coding of an answer has a tag of its own, {@link Encoding#tag}); without
 * it, {@code If-Modified-Since}.
 */
public final class Conditional {

    public static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private Conditional() {
    }

    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            // an invalid date is ignored (RFC 9110, 13.1.3)
            return false;
        }
    }

    /** Weak comparison of {@code etag} with each tag of an {@code If-None-Match} value. */
    static boolean matches(String header, String etag) {
        String wanted = opaque(etag);
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
            } else if (c == '*') {
                return true;
            } else {
                int start = header.startsWith("W/", i) ? i + 2 : i;
                if (start >= n || header.charAt(start) != '"') {
                    return false; // not a list of entity tags: no match
                }
                int end = header.indexOf('"', start + 1);
                if (end < 0) {
                    return false;
                }
                if (header.substring(start, end + 1).equals(wanted)) {
                    return true;
                }
                i = end + 1;
            }
        }
        return false;
    }

    /** The quoted part of a tag, without a weakness prefix. */
    static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
