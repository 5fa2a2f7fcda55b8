package nl.industriemonitor;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Our own settings, all under the {@code industriemonitor} prefix (see application.properties). */
@ConfigMapping(prefix = "industriemonitor")
public interface IndustriemonitorConfig {

    Cbs cbs();

    Eurostat eurostat();

    /**
     * Upper bound of the rendered-page cache, in bytes of bodies in all their codings (48 MiB by default, off the
     * heap; application.properties says why).
     */
    @WithDefault("50331648")
    long pageCacheBytes();

    Bundled bundled();

    /**
     * The folder that relative paths ({@code data/}, the backup folder, the administrators file) are
     * read from: the folder the app was started in. {@code bin/industriemonitor} sets it, since it starts
     * the JVM in the application's own folder (where the class-data archive is found).
     */
    @WithDefault(".")
    Path workDir();

    /** {@code path} as given if absolute, else within {@link #workDir()}. */
    default Path resolve(Path path) {
        return workDir().resolve(path).toAbsolutePath().normalize();
    }

    Data data();

    Admin admin();

    /**
     * The address readers use, e.g. {@code https://industriemonitor.example}: absolute links (canonical, Open
     * Graph, feeds, downloads, embeds) are built from it, never from the request's {@code Host}. Without it they
     * are built per request, and the page cache keeps each host's pages apart.
     */
    Optional<URI> publicUrl();

    Render render();

    /** The CBS OData v3 feed of table 85806NED. */
    interface Cbs {
        @WithDefault("https://opendata.cbs.nl/ODataFeed/odata/85806NED")
        URI baseUrl();

        /** Fetch the whole table once at start, in the background; keep serving stored data if CBS fails. */
        @WithDefault("false")
        boolean refreshOnStart();

        @WithDefault("PT60S")
        Duration timeout();

        /** When the scheduled refresh runs (cron, Europe/Amsterdam); {@code off} disables it. */
        @WithDefault("off")
        String refreshCron();
    }

    /** Eurostat's dissemination API for sts_inpr_m (JSON-stat 2.0): the second source, for comparisons across borders. */
    interface Eurostat {
        @WithDefault("https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/sts_inpr_m")
        URI baseUrl();

        @WithDefault("PT60S")
        Duration timeout();

        /** Ask Eurostat once at start, in the background; keep serving the stored figures if it fails. */
        @WithDefault("false")
        boolean refreshOnStart();

        /** When the scheduled refresh runs (cron, Europe/Amsterdam); {@code off} disables it. */
        @WithDefault("off")
        String refreshCron();

        /** The NACE codes asked for: manufacturing and its divisions. */
        @WithDefault("C,C10,C11,C12,C13,C14,C15,C16,C17,C18,C19,C20,C21,C22,C23,C24,C25,C26,C27,C28,C29,C30,C31,C32,C33")
        java.util.List<String> divisions();

        /** The first month asked for (YYYY-MM). */
        @WithDefault("2021-01")
        String since();
    }

    /**
     * The administrators and the limits of the admin area. Passwords are never configured, only bcrypt
     * hashes ({@code $2a$}, {@code $2b$} or {@code $2y$}, e.g. from {@code htpasswd -nbBC 12 name password}).
     */
    interface Admin {
        /** One administrator's name (with {@link #passwordHash()}), e.g. from INDUSTRIEMONITOR_ADMIN_USER. */
        Optional<String> user();

        /** That administrator's bcrypt hash, e.g. from INDUSTRIEMONITOR_ADMIN_PASSWORD_HASH. */
        Optional<String> passwordHash();

        /** A file of {@code name:bcrypt-hash} lines (the output of htpasswd -B), for several administrators. */
        Optional<Path> usersFile();

        /** The largest file an administrator may upload, in bytes (20 MiB). */
        @WithDefault("20971520")
        long uploadLimit();

        /** Login attempts allowed per client address within {@link #loginWindow()}. */
        @WithDefault("10")
        int loginAttempts();

        @WithDefault("PT5M")
        Duration loginWindow();

        /**
         * Where {@code POST /admin/backup} writes its zip files (H2 only); relative to {@code work-dir}, so by
         * default next to the {@code data/} folder.
         */
        @WithDefault("backups")
        Path backupDir();
    }

    /** How an instance learns of data stored by another instance on the same database. */
    interface Data {
        /** How often to ask the database for new releases ({@code 5s}); {@code off} on H2, which one process owns. */
        @WithDefault("off")
        String pollInterval();

        /**
         * Migrate and read the database on a thread of its own at start, so that the rest of the app starts
         * meanwhile; requests in that window wait for the data ({@code web/StartGate}). Tests start in line.
         */
        @WithDefault("true")
        boolean loadInBackground();

        /** How long a request made while the data load at start waits before it gets a 503. */
        @WithDefault("PT60S")
        Duration startWait();

        /**
         * Once the data are read at start, ask this server for the pages readers open first ({@code web/WarmUp}),
         * so that they are in the page cache and the code that makes every page is compiled before the first
         * readers come. Off in tests, which start with an empty cache.
         */
        @WithDefault("true")
        boolean warmUp();
    }

    /**
     * Bounds on drawing: pages and images not in the page cache are made by at most this many requests at
     * once; the others wait their turn for a while, then get a 503 with Retry-After instead of piling up.
     */
    interface Render {
        /** Link-preview images drawn at once (each needs a 1200×630 raster, about 3 MB). */
        @WithDefault("2")
        int images();

        /** Pages, downloads and embeds made at once. */
        @WithDefault("8")
        int pages();

        /** Requests that may wait for a turn, per kind (a waiting request holds no thread); more get a 503 at once. */
        @WithDefault("256")
        int queue();

        /** How long a request waits for its turn before it gets a 503. */
        @WithDefault("PT5S")
        Duration maxWait();
    }

    /** The real CBS figures shipped inside the application. */
    interface Bundled {
        /** Import the bundled files at start (idempotent: releases already stored are skipped). */
        @WithDefault("true")
        boolean load();
    }
}
