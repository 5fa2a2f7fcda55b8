package nl.industriemonitor.imports.eurostat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.cluster.ImportLock;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.imports.ImportRejectedException;

/**
 * Asks Eurostat's dissemination API for sts_inpr_m (production volume, seasonally and calendar adjusted,
 * 2021 = 100, monthly) and stores what it adds or revises as a new Eurostat release. All or nothing: an answer
 * that cannot be read or trusted stores nothing, says why, and the figures already stored keep serving; CBS's
 * releases are never touched.
 */
@ApplicationScoped
public class EurostatRefresh {

    private static final Logger LOG = Logger.getLogger(EurostatRefresh.class);
    // an answer for every division and country since 2021 is about 2 MB; far more is not sts_inpr_m as asked
    private static final int MAX_BYTES = 64 << 20;

    /** How a refresh ended. */
    public enum Outcome {
        /** New or revised figures stored as a new release. */
        IMPORTED,
        /** Read, and every figure equals one already stored. */
        UNCHANGED,
        /** Eurostat not reachable, or an HTTP error. */
        UNREACHABLE,
        /** The answer came but was refused: not JSON-stat, another series, bad values. */
        REFUSED
    }

    /** One refresh: what happened, in a sentence for the log and the admin page, when and for whom. */
    public record Report(Outcome outcome, String message, Instant at, String by) {
        public boolean failed() {
            return outcome == Outcome.UNREACHABLE || outcome == Outcome.REFUSED;
        }
    }

    @Inject
    IndustriemonitorConfig config;

    @Inject
    EurostatStore store;

    @Inject
    ImportLock importLock;

    @Inject
    SnapshotHolder snapshots;

    private final AtomicReference<Report> last = new AtomicReference<>();

    /** The last refresh this instance ran, if any. */
    public Optional<Report> last() {
        return Optional.ofNullable(last.get());
    }

    public synchronized Report refresh(String by) {
        Report report = attempt(by);
        last.set(report);
        switch (report.outcome()) {
            case UNREACHABLE -> LOG.warn(report.message());
            case REFUSED -> LOG.error(report.message());
            default -> LOG.info(report.message());
        }
        return report;
    }

    /** The address asked: the one series, the configured divisions, every country, since the configured month. */
    public URI url() {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.add("format=JSON").add("lang=EN").add("freq=M").add("indic_bt=PRD").add("s_adj=SCA").add("unit=I21");
        config.eurostat().divisions().forEach(nace -> query.add("nace_r2=" + URLEncoder.encode(nace.strip(), StandardCharsets.UTF_8)));
        query.add("sinceTimePeriod=" + URLEncoder.encode(config.eurostat().since(), StandardCharsets.UTF_8));
        return URI.create(config.eurostat().baseUrl().toString().replaceAll("/+$", "") + query);
    }

    private Report attempt(String by) {
        URI url = url();
        int serving = snapshots.current().europe().releases().size();
        byte[] body;
        try {
            body = fetch(url);
        } catch (IOException e) {
            return report(Outcome.UNREACHABLE, by, "Eurostat refresh (%s): Eurostat's API not usable at %s (%s); nothing"
                    + " stored, still serving the %d Eurostat releases already stored", by, url, reason(e), serving);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return report(Outcome.UNREACHABLE, by, "Eurostat refresh (%s): interrupted; nothing stored", by);
        }
        try {
            EurostatRelease release = JsonStatReader.read(body, JsonStatReader.SOURCE);
            EurostatStore.Stored stored = importLock.exclusively(() -> store.store(release, by));
            if (!stored.changedAnything()) {
                return report(Outcome.UNCHANGED, by, "Eurostat refresh (%s): sts_inpr_m updated %s holds no figure that"
                        + " differs from those stored (%d read); nothing added", by, release.sourceModified(), stored.received());
            }
            snapshots.reload();
            return report(Outcome.IMPORTED, by, "Eurostat refresh (%s): sts_inpr_m updated %s stored as a new release:"
                    + " %d figures new or revised of %d read", by, release.sourceModified(), stored.figures(), stored.received());
        } catch (ImportRejectedException e) {
            return report(Outcome.REFUSED, by, "Eurostat refresh (%s): the answer of %s was refused, nothing stored; still"
                    + " serving the %d Eurostat releases already stored: %s", by, url, serving, e.getMessage());
        }
    }

    private byte[] fetch(URI url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(config.eurostat().timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(config.eurostat().timeout())
                .header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        if (response.statusCode() != 200) {
            String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            throw new IOException("HTTP " + response.statusCode() + (text.isBlank() ? "" : ": " + text));
        }
        if (body.length > MAX_BYTES) {
            throw new IOException("the answer is " + body.length + " bytes, more than " + MAX_BYTES);
        }
        return body;
    }

    private static Report report(Outcome outcome, String by, String format, Object... args) {
        return new Report(outcome, String.format(format, args), Instant.now(), by);
    }

    /** What went wrong in words: the exception's message, or its kind when it has none (a refused connection). */
    static String reason(IOException e) {
        String text = e.getMessage();
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }
}
