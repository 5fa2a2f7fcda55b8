package nl.industriemonitor.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The curated events ({@code events/events.csv}), read and checked once: a row without a label and a note in
 * both languages, with a month that is not {@code YYYY-MM}, an end before its start or a source that is not an
 * {@code https} address stops the app with the line named, rather than drawing a half-known event.
 */
public final class EventCatalogue {

    static final String BUNDLED = "events/events.csv";
    private static final List<ChartEvent> ALL = load();

    private EventCatalogue() {
    }

    public static List<ChartEvent> all() {
        return ALL;
    }

    /** The events concerning any of {@code branches} with a month in {@code from}…{@code to}, oldest first. */
    public static List<ChartEvent> forChart(Collection<String> branches, YearMonth from, YearMonth to) {
        return ALL.stream().filter(e -> e.within(from, to) && branches.stream().anyMatch(e::concerns)).toList();
    }

    private static List<ChartEvent> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ChartEvent> parse(Reader reader, String name) throws IOException {
        List<ChartEvent> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
        for (CSVRecord r : format.parse(reader)) {
            String where = name + " line " + (r.getRecordNumber() + 1) + ": ";
            try {
                String id = required(r, "id");
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("id " + id + " twice");
                }
                String branches = required(r, "branches");
                Set<String> codes = branches.equals("*") ? Set.of() : Set.copyOf(Arrays.asList(branches.split("\\s+")));
                URI source = URI.create(required(r, "source"));
                if (!"https".equals(source.getScheme()) || source.getHost() == null) {
                    throw new IllegalArgumentException("source must be an https address: " + source);
                }
                events.add(new ChartEvent(id, month(required(r, "start")), month(required(r, "end")), codes,
                        required(r, "label_nl"), required(r, "label_en"), required(r, "note_nl"), required(r, "note_en"),
                        source));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalStateException(where + e.getMessage(), e);
            }
        }
        events.sort(Comparator.comparing(ChartEvent::start).thenComparing(ChartEvent::id));
        return List.copyOf(events);
    }

    private static String required(CSVRecord r, String column) {
        String value = r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
        if (value.isEmpty()) {
            throw new IllegalArgumentException("no " + column);
        }
        return value;
    }

    private static YearMonth month(String raw) {
        if (!raw.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("not a month (YYYY-MM): " + raw);
        }
        return YearMonth.parse(raw);
    }
}
