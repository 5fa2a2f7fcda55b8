package nl.industriemonitor.imports;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Measure;

/**
 * The columns of one of our CSV formats (the bundled snapshot files): which column holds which
 * measure, and whether every row must name its release date.
 */
public record CsvLayout(Dataset dataset, Map<String, Measure> measureColumns, boolean publishedRequired) {

    /** {@code cbs-85806NED-monthly.csv}: production indices, one row per branch, month and source. */
    public static final CsvLayout PRODUCTION = new CsvLayout(Dataset.PRODUCTION, columns(
            "production_index", Measure.INDEX,
            "production_index_sa", Measure.INDEX_SA,
            "yoy_calendar_adjusted_pct", Measure.YOY_CA,
            "mom_sa_pct", Measure.MOM_SA,
            "turnover_yoy_pct", Measure.TURNOVER_YOY), true);

    /**
     * {@code cbs-81234NED-producer-confidence.csv}. Some rows carry no release date (the figures
     * come from reports that do not say which release they quote); they form an undated release.
     */
    public static final CsvLayout PRODUCER_CONFIDENCE = new CsvLayout(Dataset.PRODUCER_CONFIDENCE, columns(
            "producer_confidence", Measure.PRODUCER_CONFIDENCE), false);

    public CsvLayout {
        measureColumns = Map.copyOf(measureColumns);
    }

    private static Map<String, Measure> columns(Object... pairs) {
        Map<String, Measure> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Measure) pairs[i + 1]);
        }
        return map;
    }
}
