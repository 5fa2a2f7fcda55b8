package nl.industriemonitor.events;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import nl.industriemonitor.share.ShareView;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageException;
import nl.industriemonitor.web.PageLinks;

/**
 * The events of one chart as its page lists them below the figures, with the link that hides or shows them
 * ({@code events=0} is kept in the page's canonical URL; showing them is the default and is left out).
 *
 * @param shown  whether the chart draws them; when not, {@code events} is empty
 * @param toggle the same view with the other choice
 */
public record EventList(Lang lang, boolean shown, List<ChartEvent> events, String toggle) {

    /** The URL parameter and the value that hides the events. */
    public static final String PARAM = "events";
    public static final String HIDDEN = "0";

    public EventList {
        events = List.copyOf(events);
    }

    /** {@code events} of a URL: absent or 1 shows them, 0 hides them; anything else is a 400 page. */
    public static boolean shown(PageLinks links, Lang lang, String raw) {
        if (raw == null || raw.isBlank() || raw.strip().equals("1")) {
            return true;
        }
        if (raw.strip().equals(HIDDEN)) {
            return false;
        }
        throw new PageException(400, lang, MessageBundles.get(EventMessages.class, Localized.Literal.of(lang.code))
                .bad_param(raw), List.of(links.home(lang)));
    }

    /** The events a chart of {@code branches} over the months {@code labels} ({@code YYYY-MM}) shows, oldest first. */
    public static List<ChartEvent> forChart(Collection<String> branches, List<String> labels) {
        return labels.isEmpty() ? List.of() : EventCatalogue.forChart(branches, YearMonth.parse(labels.get(0)),
                YearMonth.parse(labels.get(labels.size() - 1)));
    }

    /** The events as the chart draws them, labelled in {@code lang}, clipped to its first and last label. */
    public static List<ChartData.Mark> marks(Lang lang, List<ChartEvent> events, List<String> labels) {
        if (labels.isEmpty()) {
            return List.of();
        }
        String first = labels.get(0);
        String last = labels.get(labels.size() - 1);
        return events.stream().map(e -> new ChartData.Mark(e.label(lang.code), max(first, e.start().toString()),
                min(last, e.end().toString()))).toList();
    }

    /**
     * The list below a chart of the page {@code view} (whose canonical parameters carry {@code events=0} when
     * hidden), with the link to the same view with the other choice.
     */
    public static EventList of(ShareView view, boolean shown, List<ChartEvent> events) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        view.params().forEach((k, v) -> {
            if (!k.equals(PARAM)) {
                query.add(k + "=" + v);
            }
        });
        if (shown) {
            query.add(PARAM + "=" + HIDDEN);
        }
        if (view.asOf() != null) {
            query.add("asof=" + view.asOf());
        }
        return new EventList(view.lang(), shown, shown ? events : List.of(),
                "/" + view.lang().code + "/" + view.page() + query);
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
