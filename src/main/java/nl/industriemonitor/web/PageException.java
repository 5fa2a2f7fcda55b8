package nl.industriemonitor.web;

import java.util.List;

/**
 * Bad input from a URL, answered with an error page in the page's language: a status, what was
 * wrong (already localised) and links to what does exist.
 */
public class PageException extends RuntimeException {

    /** A link offered on the error page. */
    public record Link(String href, String label) {
    }

    public final int status;
    public final Lang lang;
    public final List<Link> links;

    public PageException(int status, Lang lang, String message, List<Link> links) {
        super(message);
        this.status = status;
        this.lang = lang;
        this.links = List.copyOf(links);
    }
}
