package nl.industriemonitor.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * Reads the view parameters every page shares (month, asof) and writes the URLs that carry them,
 * so a page's state lives in its link; bad values become error pages in the page's language.
 */
@ApplicationScoped
public class PageLinks {

    @Inject
    SnapshotHolder snapshots;

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** CBS publishes on Dutch days; one day of slack covers every time zone a reader may be in. */
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public Messages messages(Lang lang) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(lang.code));
    }

    /** Null when absent; a 400 page when not a month of a four-digit year (YearMonth alone takes +999999999-12). */
    public YearMonth month(Lang lang, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (!MONTH.matcher(raw.strip()).matches()) {
                throw new DateTimeParseException("not YYYY-MM", raw, 0);
            }
            return YearMonth.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new PageException(400, lang, messages(lang).bad_month(raw), List.of(home(lang)));
        }
    }

    /**
     * {@code month} itself, or a 400 page when it lies after the latest month with figures of {@code measure} in
     * the newest data (an {@code asof} view may show months published later as missing, but none from the future).
     */
    public YearMonth notAfterData(Lang lang, YearMonth month, Measure measure) {
        if (month == null) {
            return null;
        }
        DataView latest = snapshots.current().latest();
        YearMonth last = latest.branches().stream().flatMap(b -> latest.latestMonth(b.code(), measure).stream())
                .max(YearMonth::compareTo).orElse(null);
        if (last != null && month.isAfter(last)) {
            throw new PageException(400, lang, messages(lang).month_after_data(Formats.label(month, lang.locale),
                    Formats.label(last, lang.locale)), List.of(home(lang)));
        }
        return month;
    }

    /**
     * Null when absent; a 400 page when not a date, or a day still to come: the figures as published on a
     * future day are not known yet, and each such date would be one more address of the same page.
     */
    public LocalDate date(Lang lang, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            if (!DATE.matcher(raw.strip()).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", raw, 0);
            }
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new PageException(400, lang, messages(lang).bad_date(raw), List.of(home(lang)));
        }
        if (date.isAfter(LocalDate.now(AMSTERDAM).plusDays(1))) {
            throw new PageException(400, lang, messages(lang).date_in_future(date.toString()), List.of(home(lang)));
        }
        return date;
    }

    /** A branch that exists in the data; otherwise a 404 page linking the overview and the data page. */
    public BranchInfo branch(Lang lang, DataView view, String code) {
        return view.branch(code == null ? "" : code.strip()).orElseThrow(() -> new PageException(404, lang,
                messages(lang).unknown_branch(code), List.of(home(lang), data(lang))));
    }

    /** One of {@code allowed} by its internal name ({@code index_sa}); {@code fallback} when absent. */
    public Measure measure(Lang lang, String raw, List<Measure> allowed, Measure fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return Measure.byCode(raw.strip()).filter(allowed::contains).orElseThrow(() -> new PageException(400, lang,
                messages(lang).unknown_measure(raw, allowed.stream().map(m -> m.code).collect(Collectors.joining(", "))),
                List.of(home(lang), data(lang))));
    }

    /** The same page in the other language, every parameter kept. */
    public String otherLang(Lang lang, UriInfo uri) {
        String path = uri.getRequestUri().getRawPath();
        String rest = path.length() > 3 ? path.substring(3) : "/";
        String query = uri.getRequestUri().getRawQuery();
        return "/" + lang.other().code + rest + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    public String overview(Lang lang, YearMonth month, LocalDate asOf) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        if (month != null) {
            query.add("month=" + month);
        }
        if (asOf != null) {
            query.add("asof=" + asOf);
        }
        return "/" + lang.code + "/" + query;
    }

    public PageException nothingPublished(Lang lang, LocalDate asOf) {
        return new PageException(404, lang, messages(lang).nothing_published(Formats.label(asOf, lang.locale)),
                List.of(home(lang)));
    }

    public PageException monthWithoutData(Lang lang, YearMonth month, YearMonth latest, LocalDate asOf) {
        Messages msg = messages(lang);
        return new PageException(404, lang, msg.month_without_data(Formats.label(month, lang.locale)),
                List.of(new PageException.Link(overview(lang, latest, asOf),
                        msg.link_latest_month(Formats.label(latest, lang.locale))), home(lang)));
    }

    /** A bare error page (links to the overview) for answers given before any page runs. */
    public String errorPage(Lang lang, int status, String message) {
        return ErrorPages.Templates.page(lang, status, message, List.of(home(lang))).setLocale(lang.locale).render();
    }

    public PageException.Link data(Lang lang) {
        return new PageException.Link("/" + lang.code + "/data", messages(lang).link_data());
    }

    public PageException.Link home(Lang lang) {
        return new PageException.Link("/" + lang.code + "/", messages(lang).link_overview());
    }
}
