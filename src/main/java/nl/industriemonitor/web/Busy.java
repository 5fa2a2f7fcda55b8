package nl.industriemonitor.web;

/** No turn to draw came within the wait: answered with 503 and Retry-After ({@link ErrorPages}). */
public class Busy extends RuntimeException {

    final transient Lang lang;

    public Busy(Lang lang) {
        super("busy", null, false, false);
        this.lang = lang;
    }
}
