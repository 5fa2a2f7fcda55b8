package nl.industriemonitor.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;

/**
 * Reads the view parameters every page shares (month, asof) and writes the URLs that carry them,
 * so a page's state lives in its link; bad values become error pages in the page's language.
 */
@ApplicationScoped
public class PageLinks {

    public Messages messages(Lang lang) {
        return MessageBundles.get(Messages.class, Localized.Literal.of(lang.code));
    }

    /** Null when absent; a 400 page when not a month. */
    public YearMonth month(Lang lang, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new PageException(400, lang, messages(lang).bad_month(raw), List.of(home(lang)));
        }
    }

    /** Null when absent; a 400 page when not a date. */
    public LocalDate date(Lang lang, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new PageException(400, lang, messages(lang).bad_date(raw), List.of(home(lang)));
        }
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

    public PageException.Link data(Lang lang) {
        return new PageException.Link("/" + lang.code + "/data", messages(lang).link_data());
    }

    public PageException.Link home(Lang lang) {
        return new PageException.Link("/" + lang.code + "/", messages(lang).link_overview());
    }
}
