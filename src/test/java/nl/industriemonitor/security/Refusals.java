package nl.industriemonitor.security;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What any answer to any URL must look like. Pages answer 200, a redirect, 400 (bad input) or 404
 * (unknown things); never a 5xx and never a trace of the code. A refused page is an HTML page in the
 * URL's language (Dutch unless the path starts with /en/); a refused {@code .json} download is a JSON
 * problem document (RFC 9457) and a refused {@code .csv} download plain text, both in that language,
 * so the script or spreadsheet user reads why; a refused {@code .png} is the HTML page (a browser
 * opens it, a link-preview robot only looks at the status).
 * <p>
 * Two refusals come from Quarkus's HTTP layer before any code of ours runs, and so carry no page:
 * a target that is not a URI at all (a broken escape such as {@code %G1} or a lone {@code %}) gets
 * an empty 400, and a request line longer than {@code quarkus.http.limits.max-initial-line-length}
 * an empty 414. Both are the right status, and an empty answer cannot carry anything hostile.
 */
final class Refusals {

    private static final Set<Integer> STATUSES = Set.of(200, 302, 303, 400, 404);
    private static final Pattern TRACE = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]|java\\.lang|jakarta\\.|io\\.quarkus|io\\.vertx|org\\.jboss|nl\\.industriemonitor|"
                    + "Caused by|Stack ?trace|NullPointer|\\.java:\\d");
    private static final Pattern DOWNLOAD = Pattern.compile("^/(nl|en)/.*\\.(csv|json|png)$");

    private Refusals() {
    }

    /** The problem with {@code answer} to GET {@code target}, if any. */
    static Optional<String> check(String target, RawHttp.Answer answer, int maxRequestLine) {
        int status = answer.status();
        if (("GET " + target + " HTTP/1.1").length() > maxRequestLine) {
            return expect(status == 414 && answer.body().isEmpty(), "an empty 414 (request line too long)", answer);
        }
        if (!isUri(target)) {
            return expect(status == 400 && answer.body().isEmpty(), "an empty 400 (not a URI)", answer);
        }
        if (status == 401 && target.startsWith("/admin/login?")) {
            // the login page after a failed login: the form again, with 401
            return expect(answer.header("content-type").startsWith("text/html"), "the login page", answer);
        }
        if (!STATUSES.contains(status)) {
            return Optional.of("status " + status + ": " + start(answer.body()));
        }
        if (TRACE.matcher(answer.body()).find()) {
            return Optional.of("a trace of the code in the body: " + start(answer.body()));
        }
        if (status == 302 || status == 303) {
            String location = answer.header("location");
            return location.startsWith("/") || location.startsWith("http://localhost") || location.startsWith("http://127.0.0.1")
                    ? Optional.empty() : Optional.of("redirect to " + location);
        }
        if (status == 200) {
            return Optional.empty();
        }
        String path = target.split("\\?", 2)[0];
        String lang = path.startsWith("/en/") || path.startsWith("/embed/en/") ? "en" : "nl";
        String format = format(path);
        String type = answer.header("content-type").toLowerCase(java.util.Locale.ROOT);
        if (!type.contains("charset=utf-8")) {
            return Optional.of("a refusal without charset=UTF-8: " + type);
        }
        switch (format) {
            case "json" -> {
                if (!type.startsWith("application/problem+json")) {
                    return Optional.of("a refused JSON download answered as " + type);
                }
                return expect(answer.body().contains("\"status\":" + status) && language(answer.body(), lang),
                        "a JSON problem with the status in " + lang, answer);
            }
            case "csv" -> {
                if (!type.startsWith("text/plain")) {
                    return Optional.of("a refused CSV download answered as " + type);
                }
                return expect(language(answer.body(), lang), "a text in " + lang, answer);
            }
            default -> {
                if (!type.startsWith("text/html")) {
                    return Optional.of("a refused page answered as " + type);
                }
                Document doc = Jsoup.parse(answer.body());
                return expect(lang.equals(doc.selectFirst("html").attr("lang")) && doc.selectFirst("h1") != null
                        && language(doc.text(), lang), "an HTML error page in " + lang, answer);
            }
        }
    }

    private static boolean isUri(String target) {
        try {
            new java.net.URI(target);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String format(String path) {
        var m = DOWNLOAD.matcher(path);
        return m.matches() ? m.group(2) : "html";
    }

    /** The error title in each language: error pages and download errors all carry it. */
    private static boolean language(String text, String lang) {
        return text.contains(lang.equals("en") ? "Something went wrong" : "Er ging iets mis");
    }

    private static Optional<String> expect(boolean ok, String what, RawHttp.Answer answer) {
        return ok ? Optional.empty() : Optional.of("not " + what + ": " + start(answer.body()));
    }

    private static String start(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 400 ? flat : flat.substring(0, 400) + "...";
    }
}
