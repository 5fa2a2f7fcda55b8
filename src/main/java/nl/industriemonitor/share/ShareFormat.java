package nl.industriemonitor.share;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets every page answer its other forms without routes of its own: {@code /nl/sector/20.csv}
 * and {@code /embed/nl/sector/20} are handed to the page {@code /nl/sector/20} with the wanted
 * format noted on the request, so the page and its downloads can never differ in parameters.
 */
public enum ShareFormat {
    HTML, CSV, JSON, PNG, EMBED;

    static final String PROPERTY = "industriemonitor.share-format";
    private static final Pattern DOWNLOAD = Pattern.compile("^/(nl|en)/(.*)\\.(csv|json|png)$");
    private static final Pattern EMBED_PATH = Pattern.compile("^/embed(/(nl|en)/.*)$");

    /** The format asked for by the current request; HTML unless the URL said otherwise. */
    public static ShareFormat of(ContainerRequestContext request) {
        Object f = request.getProperty(PROPERTY);
        return f instanceof ShareFormat format ? format : HTML;
    }

    /** Runs before routing: strips the extension or the /embed prefix and remembers the format. */
    public static class Filter {

        @ServerRequestFilter(preMatching = true)
        public void rewrite(ContainerRequestContext request) {
            URI uri = request.getUriInfo().getRequestUri();
            String path = uri.getRawPath();
            rewritten(path).ifPresent(target -> {
                request.setProperty(PROPERTY, target.format);
                String query = uri.getRawQuery();
                // the new URI's decoded path must be the path as sent: Quarkus REST decodes it once more
                // for path parameters, and a "%25" decoded twice is a broken escape (or another value)
                request.setRequestUri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority()
                        + target.path.replace("%", "%25") + (query == null ? "" : "?" + query)));
            });
        }
    }

    record Target(String path, ShareFormat format) {
    }

    static Optional<Target> rewritten(String path) {
        Matcher download = DOWNLOAD.matcher(path);
        if (download.matches()) {
            String page = download.group(2).equals("overview") ? "" : download.group(2);
            return Optional.of(new Target("/" + download.group(1) + "/" + page,
                    ShareFormat.valueOf(download.group(3).toUpperCase(java.util.Locale.ROOT))));
        }
        Matcher embed = EMBED_PATH.matcher(path);
        return embed.matches() ? Optional.of(new Target(embed.group(1), EMBED)) : Optional.empty();
    }
}
