package nl.industriemonitor.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Request targets for {@link QueryFuzzTest}: every public route, in every format (page, embed, CSV,
 * JSON, PNG), with valid, boundary, hostile and broken values in its path and query. Deterministic
 * for a given {@link Random}.
 */
final class FuzzUrls {

    /** Page routes times their five formats, plus root, feed, login and unknown paths. */
    static final int ROUTES = 10 * 5 + 4;

    private static final String[] MONTHS_BOUNDARY = {"2025-13", "0000-01", "99999-01", "2025-1", "2025-00", "2025-001",
        "-2025-01", "+2025-01", "2025-11-01", "202511", "2025/11", "11-2025", "2025-11 ", " 2025-11", "", " ",
        "+999999999-12", "-999999999-01", "1900-01", "2100-12", "9999-12", "2020-12", "2026-02", "2021-01", "2025-11"};
    private static final String[] DATES_BOUNDARY = {"2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31",
        "+999999999-12-31", "-999999999-01-01", "1970-01-01", "2026-1-9", "20260109", "2026-01-09T00:00",
        "2026-01-09Z", "", "yesterday", "2999-01-01", "1000-01-01", "2026-01-08", "2026-01-09", "2025-12-10"};
    private static final String[] RELEASE_DATES = {"2024-03-11", "2025-01-10", "2025-10-10", "2026-01-09",
        "2026-02-10", "2026-04-10", "2026-06-10"};
    private static final String[] CODES = {"C", "20", "21", "24", "17", "10-12", "29-30", "06", "consumentenartikelen",
        "c", "99", "ZZ", "20 ", "", "..", ".", "-", "C,20", "0020", "20-21", "10--12", "null"};
    private static final String[] MEASURES = {"index", "index_sa", "yoy_ca", "mom_sa", "turnover_yoy",
        "producer_confidence", "INDEX_SA", "Index", "index ", "", "null", "3m3m", "rebased"};
    private static final String[] GROUPS = {"energy-intensive", "metal", "ENERGY-INTENSIVE", "energy_intensive",
        "", "all", "energy-intensive "};
    /** Escapes that are not UTF-8 or not escapes at all, sent as they are. */
    private static final String[] BROKEN = {"%C3%28", "%FF", "%E2%82", "%", "%G1", "%%", "%0", "%00", "%2",
        "abc%", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%FE%FF", "%C3", "a%2", "%u0041", "%25%", "%E2%82%28"};
    private static final String[] LANGS = {"nl", "en", "nl", "en", "nl", "en", "NL", "de", "n%C3%28", "%FF", "e"};

    private final Random r;
    private final Set<String> used = new TreeSet<>();

    FuzzUrls(Random r) {
        this.r = r;
    }

    Set<String> routesUsed() {
        return used;
    }

    /** The next target: raw path and query, exactly as it goes on the wire. */
    String next() {
        int route = r.nextInt(100);
        if (route < 2) {
            used.add("root");
            return "/" + query(List.of());
        }
        if (route < 5) {
            used.add("feed");
            return "/" + lang() + "/releases.atom" + query(List.of());
        }
        if (route < 8) {
            used.add("login");
            return "/admin/login" + query(List.of(param("error", this::generic)));
        }
        if (route < 12) {
            used.add("unknown");
            return (r.nextBoolean() ? "/" + lang() : "") + "/" + segment(generic()) + query(List.of());
        }
        String lang = lang();
        Page page = Page.values()[r.nextInt(Page.values().length)];
        String format = format();
        used.add(page + format);
        String path = switch (page) {
            case OVERVIEW -> "/" + lang + "/";
            case SECTOR -> "/" + lang + "/sector/" + segment(value(pick(CODES)));
            case COMPARE -> "/" + lang + "/compare";
            case GROUP -> "/" + lang + "/group/" + segment(value(pick(GROUPS)));
            case REVISIONS -> "/" + lang + "/revisions";
            case DATA -> "/" + lang + "/data";
            case RELEASES -> "/" + lang + "/releases";
            case RELEASE -> "/" + lang + "/releases/" + segment(r.nextInt(3) == 0 ? date() : pick(RELEASE_DATES));
            case EUROPE -> "/" + lang + "/europe";
            case CYCLE -> "/" + lang + "/cycle";
        };
        if (format.equals("embed")) {
            path = "/embed" + path;
        } else if (!format.isEmpty()) {
            path = (page == Page.OVERVIEW ? path + "overview" : path) + "." + format;
        }
        List<String> params = switch (page) {
            case OVERVIEW, GROUP -> List.of(param("month", this::month), param("asof", this::date));
            case SECTOR -> List.of(param("measure", this::measure), param("from", this::month), param("asof", this::date));
            case COMPARE -> List.of(sectors(), param("measure", this::measure), param("from", this::month),
                    param("to", this::month), param("rebase", this::month), param("asof", this::date));
            case REVISIONS -> List.of(param("sector", () -> value(pick(CODES))), param("month", this::month),
                    param("measure", this::measure), param("asof", this::date));
            case DATA -> List.of(param("asof", this::date));
            case RELEASES, RELEASE -> List.of();
            case EUROPE -> List.of(param("nace", () -> value(pick(NACE))), param("geo", () -> value(pick(GEOS))),
                    param("from", this::month), param("to", this::month), param("asof", this::date));
            case CYCLE -> List.of(param("month", this::month), param("asof", this::date));
        };
        return path + query(params);
    }

    enum Page {
        OVERVIEW, SECTOR, COMPARE, GROUP, REVISIONS, DATA, RELEASES, RELEASE, EUROPE, CYCLE
    }

    private static final String[] NACE = {"C20", "C17", "c10", "C24", "C", "20", ""};
    private static final String[] GEOS = {"NL,DE,EU27_2020", "nl", "DE,FR", "XX", "EL,EA20", ""};

    private String format() {
        int f = r.nextInt(100);
        return f < 50 ? "" : f < 64 ? "csv" : f < 78 ? "json" : f < 83 ? "png" : "embed";
    }

    private String lang() {
        return r.nextInt(20) == 0 ? pick(LANGS) : r.nextBoolean() ? "nl" : "en";
    }

    /** Leaves out some parameters, repeats others, and adds parameters no page knows. */
    private String query(List<String> params) {
        List<String> parts = new ArrayList<>();
        for (String p : params) {
            if (p != null && r.nextInt(4) != 0) {
                parts.add(p);
                if (r.nextInt(25) == 0) {
                    parts.add(p);
                }
            }
        }
        if (r.nextInt(8) == 0) {
            parts.add(r.nextInt(r.nextInt(4) + 1) + segment(generic()) + "=" + segment(generic()));
        }
        if (r.nextInt(40) == 0) {
            parts.add(pick(new String[] {"", "month", "=", "&", "asof&asof", "sectors[]=20"}));
        }
        if (parts.isEmpty()) {
            return r.nextInt(30) == 0 ? "?" : "";
        }
        String query = "?" + String.join("&", parts);
        // the request line stays a little over 10 KB at most
        return query.length() > 10_300 ? query.substring(0, 10_300) : query;
    }

    private String param(String name, Supplier<String> value) {
        return name + "=" + value.get();
    }

    /** A list of branches: none, one, many, repeated, with empty elements, or as repeated parameters. */
    private String sectors() {
        int kind = r.nextInt(10);
        return switch (kind) {
            case 0 -> "sectors=";
            case 1 -> "sectors=" + value(pick(CODES));
            case 2 -> "sectors=" + join(r.nextInt(6) + 2, ",");
            case 3 -> "sectors=" + join(50, ",");
            case 4 -> "sectors=20,20,20,C,C";
            case 5 -> "sectors=" + pick(new String[] {",", ",,", "20,,21", " , ", ",20,", "%2C%2C"});
            case 6 -> String.join("&", java.util.stream.IntStream.range(0, r.nextInt(10) + 1)
                    .mapToObj(i -> "sectors=" + value(pick(CODES))).toList());
            case 7 -> "sectors=" + join(r.nextInt(8) + 1, "%2C");
            case 8 -> "sectors=" + join(9, ",");
            default -> "sectors=" + generic();
        };
    }

    private String join(int n, String separator) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add(r.nextInt(5) == 0 ? Integer.toString(10 + r.nextInt(30)) : value(pick(CODES)));
        }
        return String.join(separator, codes);
    }

    private String month() {
        int kind = r.nextInt(10);
        if (kind < 4) {
            return YearMonth.of(2021, 1).plusMonths(r.nextInt(64)).toString();
        }
        return kind < 8 ? value(pick(MONTHS_BOUNDARY)) : generic();
    }

    private String date() {
        int kind = r.nextInt(10);
        if (kind < 3) {
            return pick(RELEASE_DATES);
        }
        if (kind < 4) {
            return java.time.LocalDate.of(2021, 1, 1).plusDays(r.nextInt(2000)).toString();
        }
        return kind < 8 ? value(pick(DATES_BOUNDARY)) : generic();
    }

    private String measure() {
        return r.nextInt(5) < 4 ? value(pick(MEASURES)) : generic();
    }

    /** Anything at all, already in its wire form. */
    private String generic() {
        int kind = r.nextInt(10);
        return switch (kind) {
            case 0, 1 -> value(pick(HostileStrings.ALL.toArray(String[]::new)));
            case 2, 3 -> pick(BROKEN) + (r.nextBoolean() ? "" : value(randomText(r.nextInt(8))));
            case 4 -> value(randomText(r.nextInt(40) + 1));
            case 5 -> value("x".repeat(pick(new int[] {255, 1_000, 2_048, 4_000, 4_096, 8_000, 10_240})));
            case 6 -> value(randomText(r.nextInt(10_240)));
            case 7 -> Integer.toString(r.nextInt()) + (r.nextBoolean() ? "" : "e" + r.nextInt(400));
            default -> value(pick(new String[] {"-1", "0", "2147483648", "NaN", "Infinity", "true", "[]", "{}",
                "%", "+", " ", "\u00e9", "\u0000"}));
        };
    }

    /** Random text from ASCII, Latin, RTL, CJK, emoji and control ranges. */
    private String randomText(int length) {
        StringBuilder s = new StringBuilder();
        int[][] ranges = {{0x20, 0x7e}, {0x1, 0x1f}, {0xa0, 0x17f}, {0x590, 0x6ff}, {0x4e00, 0x4fff}, {0x1f300, 0x1f6ff},
            {0x200b, 0x202e}};
        while (s.length() < length) {
            int[] range = ranges[r.nextInt(ranges.length)];
            s.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
        }
        return s.toString();
    }

    /** A value percent-encoded as a browser would send it. */
    private String value(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A path segment: encoded text (a "+" in a path is a plus, so spaces become %20). */
    private String segment(String wire) {
        return wire.replace("+", "%20");
    }

    private String pick(String[] options) {
        return options[r.nextInt(options.length)];
    }

    private int pick(int[] options) {
        return options[r.nextInt(options.length)];
    }
}
