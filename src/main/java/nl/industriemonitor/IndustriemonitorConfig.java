package nl.industriemonitor;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Our own settings, all under the {@code industriemonitor} prefix (see application.properties). */
@ConfigMapping(prefix = "industriemonitor")
public interface IndustriemonitorConfig {

    Cbs cbs();

    /** Upper bound of the rendered-page cache, in bytes of bodies (64 MiB by default). */
    @WithDefault("67108864")
    long pageCacheBytes();

    Bundled bundled();

    /** The CBS OData v3 feed of table 85806NED. */
    interface Cbs {
        @WithDefault("https://opendata.cbs.nl/ODataFeed/odata/85806NED")
        URI baseUrl();

        /** Fetch the whole table once at start, in the background; keep serving stored data if CBS fails. */
        @WithDefault("false")
        boolean refreshOnStart();

        @WithDefault("PT60S")
        Duration timeout();
    }

    /** The real CBS figures shipped inside the application. */
    interface Bundled {
        /** Import the bundled files at start (idempotent: releases already stored are skipped). */
        @WithDefault("true")
        boolean load();
    }
}
