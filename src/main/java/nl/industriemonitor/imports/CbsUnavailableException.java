package nl.industriemonitor.imports;

import java.io.IOException;
import java.net.URI;

/** CBS could not be read (network, HTTP status, broken JSON): worth retrying later, unlike a rejection. */
public class CbsUnavailableException extends IOException {

    private final URI url;

    public CbsUnavailableException(URI url, String what) {
        this(url, what, null);
    }

    public CbsUnavailableException(URI url, String what, Throwable cause) {
        super("CBS OData " + url + ": " + what, cause);
        this.url = url;
    }

    /** The address that failed, so an operator can try it in a browser. */
    public URI url() {
        return url;
    }
}
