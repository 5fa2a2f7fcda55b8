package nl.industriemonitor.imports;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.FigureStatus;
import nl.industriemonitor.data.Measure;

/** Reads the metadata of 85806NED so that no key is hard-coded: CBS renumbers keys, titles stay put. */
final class CbsMetadata {

    static final Pattern MONTH_KEY = Pattern.compile("^(\\d{4})MM(\\d{2})$");
    private static final Logger LOG = Logger.getLogger(CbsMetadata.class);

    /** {@code code} is null for a branch our catalogue does not know; its rows are skipped. */
    record Branch(String code, String name) {
    }

    record Period(YearMonth month, FigureStatus status) {
    }

    private CbsMetadata() {
    }

    /** The table's "last changed" stamp from {@code TableInfos}; null when CBS states none. */
    static LocalDateTime modified(List<JsonNode> infos) throws ImportRejectedException {
        if (infos.isEmpty()) {
            throw new ImportRejectedException(new ImportProblem("TableInfos", null, "is empty"));
        }
        String identifier = text(infos.get(0), "Identifier");
        // a base URL pointing at another table would otherwise import foreign figures under our names
        if (identifier != null && !identifier.equals(Dataset.PRODUCTION.tableId)) {
            throw new ImportRejectedException(new ImportProblem("TableInfos", "Identifier",
                    "is " + ImportLimits.quote(identifier) + ", expected " + Dataset.PRODUCTION.tableId));
        }
        String modified = text(infos.get(0), "Modified");
        if (modified == null || modified.isEmpty()) {
            return null;
        }
        LocalDateTime stamp;
        try {
            // ISO_DATE_TIME takes the stamp with or without an offset; the local date is what CBS publishes
            stamp = LocalDateTime.parse(modified, DateTimeFormatter.ISO_DATE_TIME);
        } catch (DateTimeException e) {
            throw new ImportRejectedException(new ImportProblem("TableInfos", "Modified",
                    "is not a date-time: " + ImportLimits.quote(modified)));
        }
        if (!ImportLimits.plausible(stamp.toLocalDate())) {
            throw new ImportRejectedException(new ImportProblem("TableInfos", "Modified",
                    ImportLimits.quote(modified) + " is out of range (expected " + ImportLimits.yearsAllowed() + ")"));
        }
        return stamp;
    }

    /**
     * Topic key → measure, in listing order. Refuses a listing in which one of our five measures cannot
     * be placed or is placed twice: a refresh that silently lost {@code mom_sa} would look like success.
     */
    static Map<String, Measure> measures(List<JsonNode> rows) throws ImportRejectedException {
        Map<String, JsonNode> byId = new HashMap<>();
        rows.stream().filter(r -> r.hasNonNull("ID")).forEach(r -> byId.put(r.get("ID").asText(), r));
        Map<String, Measure> byKey = new LinkedHashMap<>();
        Map<Measure, String> keyOf = new EnumMap<>(Measure.class);
        List<ImportProblem> problems = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (JsonNode row : rows) {
            String key = text(row, "Key");
            if (!"Topic".equalsIgnoreCase(text(row, "Type")) || key == null || key.isEmpty()) {
                continue;
            }
            List<String> path = titlePath(row, byId);
            Optional<Measure> measure = measureFor(path);
            if (measure.isEmpty()) {
                ignored.add(key + " " + path);
                continue;
            }
            String earlier = keyOf.putIfAbsent(measure.get(), key);
            if (earlier != null) {
                problems.add(new ImportProblem("DataProperties", key, "topic " + path + " is measure "
                        + measure.get().code + ", and so is topic " + earlier + "; cannot tell which to use"));
            } else {
                byKey.put(key, measure.get());
            }
        }
        if (!ignored.isEmpty()) {
            LOG.debugf("CBS topics that are none of our measures, ignored: %s", ignored);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        if (byKey.isEmpty()) {
            throw new ImportRejectedException(new ImportProblem("DataProperties", null, "none of the "
                    + ignored.size() + " topics is a measure we know; has CBS restructured the table?"));
        }
        for (Measure wanted : Measure.values()) {
            if (wanted.dataset == Dataset.PRODUCTION && !keyOf.containsKey(wanted)) {
                problems.add(new ImportProblem("DataProperties", null, "no topic can be placed as measure "
                        + wanted.code + " (" + PLACES.get(wanted) + "); has CBS restructured the table?"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return byKey;
    }

    /** Where each measure sits in CBS's tree, for a refusal that says what was looked for. */
    private static final Map<Measure, String> PLACES = Map.of(
            Measure.INDEX, "Indexcijfers > Productie > Productie",
            Measure.INDEX_SA, "Indexcijfers > Productie > Seizoengecorrigeerde productie",
            Measure.YOY_CA, "Ontwikkeling t.o.v. een jaar eerder > Productie > Kalendergecorrigeerde productie",
            Measure.MOM_SA, "Ontwikkeling t.o.v. de vorige periode > seasonally adjusted production",
            Measure.TURNOVER_YOY, "Ontwikkeling t.o.v. een jaar eerder > Omzet > Totale omzet");

    /**
     * Our five measures by title path (groups first, topic last); case and a trailing unit are ignored.
     * The month-on-month topic hangs directly under "Ontwikkeling t.o.v. de vorige periode" in CBS's tree
     * (cbs-odata-format.md §9), with no "Productie" group between; any production topic there that is
     * not turnover is the seasonally adjusted change, the only period-on-period production change CBS has.
     */
    static Optional<Measure> measureFor(List<String> titlePath) {
        if (titlePath.isEmpty()) {
            return Optional.empty();
        }
        List<String> path = titlePath.stream().map(CbsMetadata::normalise).toList();
        String topic = path.get(path.size() - 1);
        List<String> groups = path.subList(0, path.size() - 1);
        boolean indexProduction = groups.contains("indexcijfers") && groups.contains("productie");
        boolean yearEarlier = groups.stream().anyMatch(g -> g.contains("jaar eerder"));
        boolean periodEarlier = groups.stream().anyMatch(g -> g.contains("periode eerder")
                || g.contains("maand eerder") || g.contains("vorige periode") || g.contains("vorige maand"));
        if (periodEarlier) {
            boolean turnover = groups.stream().anyMatch(g -> g.contains("omzet")) || topic.contains("omzet");
            boolean production = topic.contains("productie") || groups.stream().anyMatch(g -> g.equals("productie"));
            return turnover || !production || topic.contains("kalender") ? Optional.empty() : Optional.of(Measure.MOM_SA);
        }
        Measure m = switch (topic) {
            case "productie" -> indexProduction ? Measure.INDEX : null;
            case "seizoengecorrigeerde productie" -> indexProduction ? Measure.INDEX_SA : null;
            case "kalendergecorrigeerde productie" -> yearEarlier ? Measure.YOY_CA : null;
            case "totale omzet" -> yearEarlier ? Measure.TURNOVER_YOY : null;
            default -> null;
        };
        return Optional.ofNullable(m);
    }

    /** Dimension key (stripped) → our branch; titles the catalogue cannot place are added to {@code unresolved}. */
    static Map<String, Branch> branches(List<JsonNode> rows, BranchCatalogue catalogue, List<String> unresolved) {
        Map<String, Branch> byKey = new HashMap<>();
        for (JsonNode row : rows) {
            String key = text(row, "Key");
            if (key == null) {
                continue;
            }
            String title = text(row, "Title") == null ? "" : text(row, "Title");
            String code = catalogue.resolve(null, title).orElse(null);
            if (code == null) {
                unresolved.add(title);
            }
            String name = BranchTitle.parse(title).map(BranchTitle::name).orElse(title);
            byKey.put(key, new Branch(code, name));
        }
        if (!unresolved.isEmpty()) {
            LOG.warnf("CBS branches not in our catalogue, their rows are skipped: %s", unresolved);
        }
        return byKey;
    }

    /**
     * Month keys only ({@code 2025MM11}), each with its status: CBS's {@code Status} field, else the mark
     * CBS prints after the title ({@code **} nader voorlopig, {@code *} voorlopig), else definitief.
     */
    static Map<String, Period> months(List<JsonNode> rows) {
        Map<String, Period> byKey = new HashMap<>();
        for (JsonNode row : rows) {
            String key = text(row, "Key");
            Matcher m = MONTH_KEY.matcher(key == null ? "" : key);
            if (!m.matches()) {
                continue;
            }
            String title = text(row, "Title");
            String stated = text(row, "Status");
            Optional<FigureStatus> byField = FigureStatus.byCbsKey(stated);
            if (byField.isEmpty() && stated != null && !stated.isEmpty()) {
                LOG.warnf("CBS period %s has status %s, which is none of CBS's three; read from its title", key,
                        ImportLimits.quote(stated));
            }
            FigureStatus status = byField.or(() -> FigureStatus.byMark(title)).orElse(FigureStatus.DEFINITIEF);
            try {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (ImportLimits.plausible(month)) {
                    byKey.put(key, new Period(month, status));
                } else {
                    LOG.warnf("CBS period key %s is out of range; rows with it will be refused", key);
                }
            } catch (DateTimeException e) {
                LOG.warnf("CBS period key %s is not a month; rows with it will be refused", key);
            }
        }
        return byKey;
    }

    private static List<String> titlePath(JsonNode topic, Map<String, JsonNode> byId) {
        List<String> path = new ArrayList<>();
        JsonNode node = topic;
        // a malformed listing could make ParentID loop; no real tree is deeper than the listing is long
        for (int depth = 0; node != null && depth <= byId.size(); depth++) {
            path.add(0, text(node, "Title") == null ? "" : text(node, "Title"));
            node = node.hasNonNull("ParentID") ? byId.get(node.get("ParentID").asText()) : null;
        }
        return path;
    }

    private static String normalise(String title) {
        return title.strip().replaceFirst("\\s*\\([^()]*\\)$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A field's text with CBS's fixed-width padding stripped; null when absent or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText().strip();
    }
}
