package nl.industriemonitor.imports.eurostat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.imports.ImportRejectedException;

/** The shapes JSON-stat 2.0 allows, read the same way; what is not sts_inpr_m as kept here is refused whole. */
class JsonStatReaderTest {

    /** NL and DE chemicals, January and February 2023 (sts_inpr_m_C20.csv), in the order of {@code id}. */
    private static String dataset(String value, String status, String geoIndex) {
        return """
                {"version": "2.0", "class": "dataset", "updated": "2026-02-16T23:00:00Z",
                 "id": ["freq", "indic_bt", "nace_r2", "s_adj", "unit", "geo", "time"], "size": [1, 1, 1, 1, 1, 2, 2],
                 "dimension": {
                  "freq": {"category": {"index": {"M": 0}}}, "indic_bt": {"category": {"index": ["PRD"]}},
                  "nace_r2": {"category": {"index": {"C20": 0}}}, "s_adj": {"category": {"label": {"SCA": "adjusted"}}},
                  "unit": {"category": {"index": {"I21": 0}}}, "geo": {"category": {"index": %s}},
                  "time": {"category": {"index": {"2023-01": 0, "2023-02": 1}}}},
                 "value": %s%s}
                """.formatted(geoIndex, value, status == null ? "" : ", \"status\": " + status);
    }

    private static EurostatRelease read(String json) throws ImportRejectedException {
        return JsonStatReader.read(json.getBytes(StandardCharsets.UTF_8), "test");
    }

    @Test
    void anObjectKeyedByPositionAndAnArrayWithNullsSayTheSame() throws Exception {
        EurostatRelease sparse = read(dataset("{\"0\": 80.0, \"1\": 80.4, \"2\": 85.8}", "{\"2\": \"p\"}", "{\"DE\": 0, \"NL\": 1}"));
        EurostatRelease dense = read(dataset("[80.0, 80.4, 85.8, null]", "[null, null, \"p\", null]", "[\"DE\", \"NL\"]"));
        assertThat(sparse.cells()).isEqualTo(dense.cells());
        assertThat(sparse.cells()).extracting(EurostatCell::geo, EurostatCell::month, EurostatCell::amount, EurostatCell::flag)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DE", YearMonth.of(2023, 1), new BigDecimal("80.0"), null),
                        org.assertj.core.groups.Tuple.tuple("DE", YearMonth.of(2023, 2), new BigDecimal("80.4"), null),
                        org.assertj.core.groups.Tuple.tuple("NL", YearMonth.of(2023, 1), new BigDecimal("85.8"), "p"));
        assertThat(sparse.published()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(sparse.publishedExact()).isTrue();
    }

    @Test
    void oneStatusForEveryCell() throws Exception {
        assertThat(read(dataset("[80.0, 80.4, 85.8, 82.9]", "\"p\"", "[\"DE\", \"NL\"]")).cells())
                .allMatch(c -> "p".equals(c.flag()));
    }

    @Test
    void whatIsNotTheKeptSeriesIsRefusedWithItsReason() {
        assertThatThrownBy(() -> read(dataset("[80.0, 80.4, 85.8]", null, "[\"DE\", \"NL\"]")))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("lists 3 cells, the dimensions make 4");
        assertThatThrownBy(() -> read(dataset("{\"4\": 80.0}", null, "[\"DE\", \"NL\"]")))
                .hasMessageContaining("'4'").hasMessageContaining("is not a position 0 … 3");
        assertThatThrownBy(() -> read(dataset("{\"0\": 1e400}", null, "[\"DE\", \"NL\"]")))
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> read(dataset("{\"0\": 80.0}", "{\"0\": \"<b>\"}", "[\"DE\", \"NL\"]")))
                .hasMessageContaining("is not a status flag");
        assertThatThrownBy(() -> read(dataset("{\"0\": 80.0}", null, "[\"DE\", \"nl; drop\"]")))
                .hasMessageContaining("is not a Eurostat country code");
        assertThatThrownBy(() -> read(dataset("{}", null, "[\"DE\", \"NL\"]"))).hasMessageContaining("holds no figure");
        assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("is not a JSON object");
        assertThatThrownBy(() -> read("{\"version\": \"1.0\"}")).hasMessageContaining("is not a JSON-stat 2.0 dataset");
    }
}
