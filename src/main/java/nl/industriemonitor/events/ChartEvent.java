package nl.industriemonitor.events;

import java.net.URI;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * An event that explains a series (a crisis, a lockdown), from the curated file {@code events/events.csv}:
 * a month or a range of months, a short label in Dutch and English (the chart prints it), a sentence that says
 * what happened (the list below the chart prints it), the branches it concerns (none: every branch) and its
 * public source.
 */
public record ChartEvent(String id, YearMonth start, YearMonth end, Set<String> branches, String labelNl,
                         String labelEn, String noteNl, String noteEn, URI source) {

    public ChartEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        branches = Set.copyOf(branches);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("event " + id + " ends before it starts");
        }
    }

    public boolean concerns(String branch) {
        return branches.isEmpty() || branches.contains(branch);
    }

    /** Whether any of its months lies within {@code from}…{@code to}. */
    public boolean within(YearMonth from, YearMonth to) {
        return !end.isBefore(from) && !start.isAfter(to);
    }

    /** One month: drawn as a line; a range is drawn as a band. */
    public boolean single() {
        return start.equals(end);
    }

    public String label(String lang) {
        return "en".equals(lang) ? labelEn : labelNl;
    }

    public String note(String lang) {
        return "en".equals(lang) ? noteEn : noteNl;
    }

    /** The source's host without "www.", as the link's text. */
    public String sourceName() {
        String host = source.getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
