package nl.industriemonitor.imports.eurostat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import nl.industriemonitor.data.EuropeData;
import nl.industriemonitor.imports.ImportLimits;
import nl.industriemonitor.imports.ImportProblem;
import nl.industriemonitor.imports.ImportRejectedException;

/**
 * Reads one answer of Eurostat's dissemination API for {@code sts_inpr_m} in JSON-stat 2.0: a dataset whose
 * {@code id} and {@code size} list the dimensions, each with {@code category.index} (object or array), and whose
 * {@code value} (and optional {@code status}) is an array in row-major order or an object keyed by that index.
 * The answer must hold the one series this app keeps (freq M, indic_bt PRD, s_adj SCA, unit I21) by NACE division,
 * country and month; anything else refuses it whole, with every problem named.
 */
public final class JsonStatReader {

    static final String SOURCE = "Eurostat sts_inpr_m, dissemination API (JSON-stat 2.0)";
    private static final List<String> VARYING = List.of("nace_r2", "geo", "time");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern FLAG = Pattern.compile("[a-z]{1,8}");
    /** More cells than Eurostat sends for every division and country of twenty years: refused before a loop. */
    private static final long MAX_CELLS = 5_000_000;
    private static final int MAX_PROBLEMS = 50;
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS][XXX][XX][X]");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** One dimension: its codes by position. */
    private record Dimension(String id, List<String> codes) {
    }

    private final List<ImportProblem> problems = new ArrayList<>();

    private JsonStatReader() {
    }

    public static EurostatRelease read(byte[] json, String source) throws ImportRejectedException {
        return new JsonStatReader().parse(json, source);
    }

    private EurostatRelease parse(byte[] json, String source) throws ImportRejectedException {
        JsonNode root = tree(json);
        if (root.has("error")) {
            throw refused("answer", "is Eurostat's error message: " + ImportLimits.quote(root.get("error").toString()));
        }
        if (!"dataset".equals(root.path("class").asText()) || !"2.0".equals(root.path("version").asText())) {
            throw refused("answer", "is not a JSON-stat 2.0 dataset (\"version\": \"2.0\", \"class\": \"dataset\")");
        }
        List<Dimension> dimensions = dimensions(root);
        OffsetDateTime updated = updated(root.get("updated"));
        stopIfProblems();
        long total = 1;
        for (Dimension d : dimensions) {
            total = Math.multiplyExact(total, Math.max(1, d.codes().size()));
            if (total > MAX_CELLS) {
                throw refused("size", "promises more than " + MAX_CELLS + " cells");
            }
        }
        Map<Long, BigDecimal> values = values(root.get("value"), total);
        Map<Long, String> flags = flags(root.get("status"), total);
        stopIfProblems();
        List<EurostatCell> cells = cells(dimensions, values, flags);
        if (cells.isEmpty()) {
            throw refused("value", "holds no figure");
        }
        stopIfProblems();
        return new EurostatRelease(updated == null ? null : updated.toLocalDate(), updated != null, source,
                updated == null ? null : updated.toLocalDateTime(), cells);
    }

    private static JsonNode tree(byte[] json) throws ImportRejectedException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw refused(where == null ? "answer" : "line " + where.getLineNr() + ", column " + where.getColumnNr(),
                    "is not readable as JSON: " + e.getOriginalMessage());
        } catch (IOException | NumberFormatException e) {
            throw refused("answer", "is not readable: " + ImportLimits.quote(String.valueOf(e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            throw refused("answer", "is not a JSON object");
        }
        return root;
    }

    private List<Dimension> dimensions(JsonNode root) {
        JsonNode ids = root.get("id");
        JsonNode sizes = root.get("size");
        if (ids == null || !ids.isArray() || sizes == null || !sizes.isArray() || ids.size() != sizes.size()) {
            problems.add(new ImportProblem("id, size", null, "must be two lists of the same length"));
            return List.of();
        }
        List<Dimension> dimensions = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i).asText();
            listed.add(id);
            Dimension d = dimension(id, root.path("dimension").path(id), sizes.get(i));
            if (d != null) {
                dimensions.add(d);
            }
        }
        for (String wanted : VARYING) {
            if (!listed.contains(wanted)) {
                problems.add(new ImportProblem("id", null, "has no dimension " + wanted));
            }
        }
        for (String fixed : EurostatCsvReader.FIXED.keySet()) {
            if (!listed.contains(fixed)) {
                problems.add(new ImportProblem("id", null, "has no dimension " + fixed + ", so the series cannot be told"));
            }
        }
        return dimensions;
    }

    private Dimension dimension(String id, JsonNode node, JsonNode size) {
        String where = "dimension " + ImportLimits.quote(id);
        JsonNode index = node.path("category").path("index");
        List<String> codes = new ArrayList<>();
        if (index.isArray()) {
            index.forEach(code -> codes.add(code.asText()));
        } else if (index.isObject()) {
            Map<Integer, String> byPosition = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = index.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0 || e.getValue().asInt() >= index.size()
                        || byPosition.put(e.getValue().asInt(), e.getKey()) != null) {
                    problems.add(new ImportProblem(where, "category.index", "positions must be 0 … " + (index.size() - 1) + ", each once"));
                    return null;
                }
            }
            for (int p = 0; p < byPosition.size(); p++) {
                codes.add(byPosition.get(p));
            }
        } else if (!node.path("category").path("label").isObject() || node.path("category").path("label").size() != 1) {
            problems.add(new ImportProblem(where, "category.index", "is missing"));
            return null;
        } else {
            // JSON-stat allows a dimension of one category to name it by its label alone
            codes.add(node.path("category").path("label").fieldNames().next());
        }
        if (codes.isEmpty()) {
            problems.add(new ImportProblem(where, "category.index", "lists no category"));
            return null;
        }
        if (!size.canConvertToInt() || size.asInt() != codes.size()) {
            problems.add(new ImportProblem(where, "size", "says " + size + ", the dimension lists " + codes.size()));
            return null;
        }
        check(id, codes, where);
        return new Dimension(id, List.copyOf(codes));
    }

    private void check(String id, List<String> codes, String where) {
        String fixed = EurostatCsvReader.FIXED.get(id);
        if (fixed != null && !codes.equals(List.of(fixed))) {
            problems.add(new ImportProblem(where, null, "is " + ImportLimits.quote(String.join(",", codes)) + ", only " + fixed
                    + " is kept (production volume, seasonally and calendar adjusted, 2021 = 100, monthly)"));
        } else if (fixed == null && !VARYING.contains(id)) {
            problems.add(new ImportProblem(where, null, "is not a dimension of sts_inpr_m"));
        }
        for (String code : codes) {
            boolean ok = switch (id) {
                case "nace_r2" -> EuropeData.isNace(code);
                case "geo" -> EurostatCsvReader.GEO.matcher(code).matches();
                case "time" -> MONTH.matcher(code).matches() && ImportLimits.plausible(YearMonth.parse(code));
                default -> true;
            };
            if (!ok) {
                problems.add(new ImportProblem(where, null, ImportLimits.quote(code) + switch (id) {
                    case "nace_r2" -> " is not manufacturing (C) or one of its divisions (C10 … C33)";
                    case "geo" -> " is not a Eurostat country code";
                    default -> " is not a month (YYYY-MM)";
                }));
            }
        }
    }

    private OffsetDateTime updated(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            OffsetDateTime stamp = OffsetDateTime.parse(node.asText(), UPDATED);
            if (stamp.getYear() < 1900 || stamp.getYear() > 2100) {
                throw new DateTimeParseException("implausible year", node.asText(), 0);
            }
            return stamp;
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem("updated", null, ImportLimits.quote(node.asText()) + " is not a date and time"));
            return null;
        }
    }

    /** The numbers by position; a position without a number (absent or null) has no figure. */
    private Map<Long, BigDecimal> values(JsonNode node, long total) {
        Map<Long, BigDecimal> values = new HashMap<>();
        entries(node, total, "value", (position, v) -> {
            if (!v.isNumber()) {
                problems.add(new ImportProblem("value", String.valueOf(position), ImportLimits.quote(v.toString()) + " is not a number"));
                return;
            }
            BigDecimal amount = v.decimalValue();
            String problem = ImportLimits.amountProblem(amount);
            if (problem != null) {
                problems.add(new ImportProblem("value", String.valueOf(position), problem));
            } else {
                values.put(position, amount);
            }
        });
        return values;
    }

    private Map<Long, String> flags(JsonNode node, long total) {
        Map<Long, String> flags = new HashMap<>();
        if (node != null && node.isTextual()) {
            // one status for every cell
            for (long p = 0; p < total; p++) {
                flags.put(p, node.asText());
            }
        } else {
            entries(node, total, "status", (position, v) -> flags.put(position, v.asText()));
        }
        flags.forEach((position, flag) -> {
            if (!FLAG.matcher(flag).matches()) {
                problems.add(new ImportProblem("status", String.valueOf(position), ImportLimits.quote(flag) + " is not a status flag"));
            }
        });
        return flags;
    }

    @FunctionalInterface
    private interface Entry {
        void accept(long position, JsonNode value);
    }

    /** The non-null entries of a JSON-stat array or object keyed by position. */
    private void entries(JsonNode node, long total, String member, Entry entry) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            if (node.size() != total) {
                problems.add(new ImportProblem(member, null, "lists " + node.size() + " cells, the dimensions make " + total));
                return;
            }
            for (int i = 0; i < node.size() && problems.size() < MAX_PROBLEMS; i++) {
                if (!node.get(i).isNull()) {
                    entry.accept(i, node.get(i));
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && problems.size() < MAX_PROBLEMS; ) {
                Map.Entry<String, JsonNode> e = it.next();
                long position = position(e.getKey(), total);
                if (position < 0) {
                    problems.add(new ImportProblem(member, ImportLimits.quote(e.getKey()), "is not a position 0 … " + (total - 1)));
                } else if (!e.getValue().isNull()) {
                    entry.accept(position, e.getValue());
                }
            }
        } else {
            problems.add(new ImportProblem(member, null, "is neither a list nor an object keyed by position"));
        }
    }

    private static long position(String key, long total) {
        if (key.isEmpty() || key.length() > 12 || !key.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        long p = Long.parseLong(key);
        return p < total ? p : -1;
    }

    /** Row-major: the last dimension varies fastest. */
    private static List<EurostatCell> cells(List<Dimension> dimensions, Map<Long, BigDecimal> values, Map<Long, String> flags) {
        int n = dimensions.size();
        long[] strides = new long[n];
        long stride = 1;
        for (int i = n - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= Math.max(1, dimensions.get(i).codes().size());
        }
        List<EurostatCell> cells = new ArrayList<>(values.size());
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String nace = null;
            String geo = null;
            YearMonth month = null;
            for (int i = 0; i < n; i++) {
                Dimension d = dimensions.get(i);
                String code = d.codes().get((int) (e.getKey() / strides[i] % d.codes().size()));
                switch (d.id()) {
                    case "nace_r2" -> nace = code;
                    case "geo" -> geo = code;
                    case "time" -> month = YearMonth.parse(code);
                    default -> { }
                }
            }
            cells.add(new EurostatCell(nace, geo, month, e.getValue(), flags.get(e.getKey()),
                    "value " + e.getKey() + " (" + nace + ", " + geo + ", " + month + ")"));
        });
        return cells;
    }

    private void stopIfProblems() throws ImportRejectedException {
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
    }

    private static ImportRejectedException refused(String where, String message) {
        return new ImportRejectedException(new ImportProblem(where, null, message));
    }
}
