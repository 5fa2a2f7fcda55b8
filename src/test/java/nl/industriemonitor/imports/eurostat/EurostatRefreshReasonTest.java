package nl.industriemonitor.imports.eurostat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

import org.junit.jupiter.api.Test;

/** The reason a failed Eurostat attempt gives the administrator names what happened, never "null". */
class EurostatRefreshReasonTest {

    @Test
    void aRefusedConnectionWithoutMessageIsNamedByItsKind() {
        // the JDK's HttpClient throws this, without a message, when nothing listens or the network is down
        assertThat(EurostatRefresh.reason(new ConnectException())).isEqualTo("ConnectException");
    }

    @Test
    void aMessageIsKeptAsItIs() {
        assertThat(EurostatRefresh.reason(new HttpTimeoutException("request timed out"))).isEqualTo("request timed out");
        assertThat(EurostatRefresh.reason(new IOException("HTTP 503"))).isEqualTo("HTTP 503");
    }
}
