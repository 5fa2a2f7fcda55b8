package nl.industriemonitor.imports;

import static nl.industriemonitor.imports.CbsMetadata.MONTH_KEY;
import static nl.industriemonitor.imports.CbsMetadata.text;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.imports.CbsMetadata.Branch;
import nl.industriemonitor.imports.CbsMetadata.Period;

/** Reads all of CBS table 85806NED from its OData v3 feed into one release, so a user gets every branch and month. */
public final class CbsODataReader {

    static final String SOURCE = "CBS StatLine 85806NED (OData)";
    static final String EXPORT_SOURCE = "CBS StatLine 85806NED (OData export file)";
    private static final String BRANCHES = "BedrijfstakkenBranchesSBI2008";
    private static final String PERIODS = "Perioden";
    // a broken download can fail every row; the first problems say enough and keep the message readable
    private static final int MAX_PROBLEMS = 50;
    private static final Logger LOG = Logger.getLogger(CbsODataReader.class);

    /** Where the entity sets come from: the feed over HTTP, or one uploaded export file. */
    @FunctionalInterface
    private interface EntitySets {
        void forEachRow(String entitySet, Consumer<JsonNode> action) throws IOException, ImportRejectedException;
    }

    private final URI baseUrl;
    private final Duration timeout;
    private final BranchCatalogue catalogue;
    private final HttpClient client;
    private final EntitySets sets;
    private final String source;
    // exact decimals: 103.8 must be stored as 103.8 and 115.0 keep its published scale, never via double
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // a key given twice would otherwise silently keep the last value
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    public CbsODataReader(URI baseUrl, Duration timeout, BranchCatalogue catalogue) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.sets = this::forEachFeedRow;
        this.source = SOURCE;
    }

    private CbsODataReader(BranchCatalogue catalogue, EntitySets sets) {
        this.baseUrl = null;
        this.timeout = null;
        this.client = null;
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.sets = sets;
        this.source = EXPORT_SOURCE;
    }

    /**
     * A reader of one saved export of the feed: a JSON object with one member per entity set
     * ({@code TableInfos}, {@code DataProperties}, {@code BedrijfstakkenBranchesSBI2008}, {@code Perioden},
     * {@code TypedDataSet}), each either the feed's answer ({@code {"value": [...]}}) or its rows ({@code [...]}).
     */
    public static CbsODataReader ofExport(byte[] json, BranchCatalogue catalogue) throws ImportRejectedException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new ImportRejectedException(new ImportProblem(where == null ? "file"
                    : "line " + where.getLineNr() + ", column " + where.getColumnNr(), null,
                    "not readable as JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem("file", null, "not readable: " + e.getMessage()));
        } catch (NumberFormatException e) {
            // Jackson lets a number whose exponent overflows BigDecimal (1e-9999999999) escape unwrapped
            throw new ImportRejectedException(new ImportProblem("file", null, "holds a number out of any range: "
                    + ImportLimits.quote(String.valueOf(e.getMessage()))));
        }
        if (root == null || !root.isObject()) {
            throw new ImportRejectedException(new ImportProblem("file", null,
                    "expected a JSON object with the entity sets TableInfos, DataProperties, " + BRANCHES + ", "
                            + PERIODS + " and TypedDataSet"));
        }
        return new CbsODataReader(catalogue, (set, action) -> {
            JsonNode member = root.get(set);
            JsonNode rows = member != null && member.isObject() ? member.get("value") : member;
            if (rows == null || !rows.isArray()) {
                throw new ImportRejectedException(new ImportProblem(set, null,
                        member == null ? "is missing from the file" : "is not a list of rows"));
            }
            rows.forEach(action);
        });
    }

    /**
     * Reads every page of the table. {@code timeout} bounds each page (connect, headers and body).
     *
     * @throws CbsUnavailableException when CBS cannot be reached or answers with an error or broken JSON
     * @throws ImportRejectedException when the answer is readable but its content cannot be trusted
     */
    public CbsDownload read() throws IOException, ImportRejectedException {
        LocalDateTime modified = CbsMetadata.modified(fetchAll("TableInfos"));
        Map<String, Measure> measures = CbsMetadata.measures(fetchAll("DataProperties"));
        List<String> unresolved = new ArrayList<>();
        Map<String, Branch> branches = CbsMetadata.branches(fetchAll(BRANCHES), catalogue, unresolved);
        Map<String, Period> periods = CbsMetadata.months(fetchAll(PERIODS));
        Rows rows = new Rows(measures, branches, periods);
        sets.forEachRow("TypedDataSet", rows);
        if (rows.problems.isEmpty() && rows.cells.isEmpty()) {
            rows.problems.add(new ImportProblem("TypedDataSet", null, "holds no monthly value of a known branch"));
        }
        if (!rows.problems.isEmpty()) {
            throw new ImportRejectedException(rows.problems);
        }
        LOG.infof("CBS 85806NED modified %s: %d rows read, %d skipped, %d values", modified, rows.read, rows.skipped,
                rows.cells.size());
        ReleaseBatch batch = new ReleaseBatch(Dataset.PRODUCTION, modified == null ? null : modified.toLocalDate(),
                modified != null, source, rows.cells, modified);
        return new CbsDownload(batch, modified, rows.read, rows.skipped, unresolved);
    }

    /** The table's "last changed" stamp alone: one small request that says whether anything can be new. */
    public LocalDateTime modified() throws IOException, ImportRejectedException {
        return CbsMetadata.modified(fetchAll("TableInfos"));
    }

    private List<JsonNode> fetchAll(String entitySet) throws IOException, ImportRejectedException {
        List<JsonNode> rows = new ArrayList<>();
        sets.forEachRow(entitySet, rows::add);
        return rows;
    }

    private void forEachFeedRow(String entitySet, Consumer<JsonNode> action) throws IOException {
        String base = baseUrl.toString().replaceAll("/+$", "");
        URI next = URI.create(base + "/" + entitySet + "?$format=json");
        Set<URI> seen = new HashSet<>();
        while (next != null) {
            if (!seen.add(next)) {
                throw new CbsUnavailableException(next, "odata.nextLink points back to a page already read");
            }
            JsonNode page = fetch(next);
            JsonNode value = page.get("value");
            if (value == null || !value.isArray()) {
                throw new CbsUnavailableException(next, "the response has no \"value\" array");
            }
            value.forEach(action);
            String link = text(page, "odata.nextLink");
            try {
                next = link == null || link.isEmpty() ? null : withJsonFormat(next.resolve(link));
            } catch (IllegalArgumentException e) {
                throw new CbsUnavailableException(next, "odata.nextLink is not a URL: " + link, e);
            }
        }
    }

    // nothing we read says that CBS repeats $format in its nextLink; without it the feed answers in Atom XML
    private static URI withJsonFormat(URI url) {
        String query = url.getRawQuery();
        if (query != null && query.contains("$format=")) {
            return url;
        }
        return URI.create(url + (query == null ? "?" : "&") + "$format=json");
    }

    private JsonNode fetch(URI url) throws CbsUnavailableException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json").GET()
                .build();
        // HttpRequest.timeout stops at the headers; waiting on the future also bounds a body that stalls
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new CbsUnavailableException(url, "no complete answer within " + timeout, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new CbsUnavailableException(url, cause instanceof HttpTimeoutException ? "no answer within " + timeout
                    : "network error: " + cause, cause);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new CbsUnavailableException(url, "interrupted while waiting for the answer", e);
        }
        if (response.statusCode() != 200) {
            throw new CbsUnavailableException(url, "answered HTTP " + response.statusCode());
        }
        try {
            return MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new CbsUnavailableException(url, "malformed or truncated JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CbsUnavailableException(url, "unreadable body: " + e, e);
        } catch (NumberFormatException e) {
            throw new CbsUnavailableException(url, "a number out of any range: " + e.getMessage(), e);
        }
    }

    /** Turns TypedDataSet rows into cells page by page, so a whole table need not sit in memory as JSON. */
    private static final class Rows implements Consumer<JsonNode> {
        final Map<String, Measure> measures;
        final Map<String, Branch> branches;
        final Map<String, Period> periods;
        final List<ImportedCell> cells = new ArrayList<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final Map<String, String> seen = new HashMap<>();
        int read;
        int skipped;

        Rows(Map<String, Measure> measures, Map<String, Branch> branches, Map<String, Period> periods) {
            this.measures = measures;
            this.branches = branches;
            this.periods = periods;
        }

        @Override
        public void accept(JsonNode row) {
            read++;
            String id = row.hasNonNull("ID") ? row.get("ID").asText() : "";
            String where = "TypedDataSet " + (!id.isEmpty() && id.length() <= 20 ? "ID " + id : "row " + read);
            String periodKey = text(row, PERIODS);
            String branchKey = text(row, BRANCHES);
            if (periodKey != null && !MONTH_KEY.matcher(periodKey).matches()) {
                skipped++; // annual and quarterly figures: we only keep months
                return;
            }
            Period period = periods.get(periodKey);
            Branch branch = branches.get(branchKey);
            String earlier = period == null || branch == null || branch.code() == null ? null
                    : seen.putIfAbsent(branch.code() + " " + period.month(), where);
            if (period == null) {
                problem(where, PERIODS, "period " + ImportLimits.cut(String.valueOf(periodKey))
                        + " is not listed in Perioden (as a month from " + ImportLimits.FIRST_YEAR + " to "
                        + ImportLimits.LAST_YEAR + ")");
            } else if (branch == null) {
                problem(where, BRANCHES, "branch key " + ImportLimits.cut(String.valueOf(branchKey))
                        + " is not listed in " + BRANCHES);
            } else if (branch.code() == null) {
                skipped++;
            } else if (branch.name().length() > ImportLimits.BRANCH_TITLE) {
                problem(where, BRANCHES, "the title of branch " + branch.code() + " is " + branch.name().length()
                        + " characters long, at most " + ImportLimits.BRANCH_TITLE + " fit");
            } else if (earlier != null) {
                // two keys for one branch and month would make the stored value depend on row order
                problem(where, BRANCHES, "branch " + branch.code() + " " + period.month() + " was already given by "
                        + earlier);
            } else {
                measures.forEach((key, measure) -> {
                    JsonNode v = row.get(key);
                    String tooBig = v != null && v.isNumber() ? ImportLimits.amountProblem(v.decimalValue()) : null;
                    if (v != null && !v.isNull() && !v.isNumber()) {
                        problem(where, key, "expected a number, found " + ImportLimits.quote(v.toString()));
                    } else if (tooBig != null) {
                        problem(where, key, tooBig);
                    } else if (v != null && !v.isNull()) {
                        cells.add(new ImportedCell(branch.code(), branch.name(), period.month(), measure,
                                v.decimalValue(), period.status(), where, null));
                    }
                });
            }
        }

        private void problem(String where, String column, String message) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(new ImportProblem(where, column, message));
            } else if (problems.size() == MAX_PROBLEMS) {
                problems.add(new ImportProblem("TypedDataSet", null, "more problems follow; the first "
                        + MAX_PROBLEMS + " are listed"));
            }
        }
    }
}
