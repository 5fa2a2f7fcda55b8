package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.FigureStatus;
import nl.industriemonitor.data.Measure;

/**
 * Stored releases keep their checksum, so a new way of computing it must give exactly the old values:
 * otherwise the same CBS content would no longer be recognised and would be stored a second time.
 * {@link #definition} is the checksum as first written (one line per figure, sorted, hashed line by
 * line); every case here must agree with it.
 */
class ReleaseChecksumTest {

    @Test
    void everyBundledReleaseKeepsItsChecksum() throws Exception {
        List<ReleaseBatch> batches = new ArrayList<>(bundled("data/cbs-85806NED-monthly.csv", CsvLayout.PRODUCTION));
        batches.addAll(bundled("data/cbs-81234NED-producer-confidence.csv", CsvLayout.PRODUCER_CONFIDENCE));
        assertThat(batches).hasSizeGreaterThan(10);
        for (ReleaseBatch batch : batches) {
            assertThat(ReleaseChecksum.of(batch)).as(batch.published() + " " + batch.dataset()).isEqualTo(definition(batch));
        }
    }

    @Test
    void aFullSizeTableWithAwkwardCodesAndAmountsKeepsItsChecksum() {
        // codes that are prefixes of each other or sort around '|', trailing zeros, signs, large and tiny values
        String[] codes = {"C", "CA", "C-1", "C 2", "10", "10-12", "10_12", "1", "Ä", "z", "C|"};
        Random random = new Random(85806);
        List<ImportedCell> cells = new ArrayList<>();
        for (String code : codes) {
            for (int m = 0; m < 420; m++) {
                for (Measure measure : List.of(Measure.INDEX, Measure.INDEX_SA, Measure.YOY_CA, Measure.MOM_SA)) {
                    BigDecimal amount = BigDecimal.valueOf(random.nextInt(4_000_000) - 2_000_000, random.nextInt(5));
                    cells.add(new ImportedCell(code, code, YearMonth.of(1990, 1).plusMonths(m), measure, amount,
                            random.nextInt(10) == 0, "line " + cells.size()));
                }
            }
        }
        cells.add(new ImportedCell("C", "C", YearMonth.of(2025, 1), Measure.TURNOVER_YOY, new BigDecimal("100.00"), false, "x"));
        cells.add(new ImportedCell("C", "C", YearMonth.of(2025, 2), Measure.TURNOVER_YOY, new BigDecimal("-0.000"), true, "y"));
        cells.add(new ImportedCell("C", "C", YearMonth.of(2025, 3), Measure.TURNOVER_YOY, new BigDecimal("1E+3"), false, "z"));
        ReleaseBatch batch = new ReleaseBatch(Dataset.PRODUCTION, LocalDate.of(2026, 4, 10), true, "test", cells, null);
        assertThat(ReleaseChecksum.of(batch)).isEqualTo(definition(batch));

        ReleaseBatch undated = new ReleaseBatch(Dataset.PRODUCTION, null, false, "test", cells, null);
        assertThat(ReleaseChecksum.of(undated)).isEqualTo(definition(undated)).isNotEqualTo(ReleaseChecksum.of(batch));
    }

    @Test
    void theOrderOfTheFiguresDoesNotMatterButEveryFigureDoes() {
        ImportedCell a = new ImportedCell("C", "C", YearMonth.of(2025, 1), Measure.INDEX, new BigDecimal("101.2"), false, "1");
        ImportedCell b = new ImportedCell("10", "10", YearMonth.of(2025, 1), Measure.INDEX, new BigDecimal("99.80"), true, "2");
        ImportedCell b2 = new ImportedCell("10", "10", YearMonth.of(2025, 1), Measure.INDEX, new BigDecimal("99.8"), false, "2");
        String ab = ReleaseChecksum.of(batch(List.of(a, b)));
        assertThat(ReleaseChecksum.of(batch(List.of(b, a)))).isEqualTo(ab);
        assertThat(ReleaseChecksum.of(batch(List.of(a, b2)))).isNotEqualTo(ab);
        assertThat(ReleaseChecksum.of(batch(List.of(a)))).isNotEqualTo(ab);
    }

    @Test
    void naderVoorlopigIsOtherContentThanVoorlopig() {
        ImportedCell voorlopig = new ImportedCell("C", "C", YearMonth.of(2025, 9), Measure.YOY_CA, new BigDecimal("2.4"),
                FigureStatus.VOORLOPIG, "1", null);
        ImportedCell naderVoorlopig = new ImportedCell("C", "C", YearMonth.of(2025, 9), Measure.YOY_CA,
                new BigDecimal("2.4"), FigureStatus.NADER_VOORLOPIG, "1", null);
        // two states as before: the checksum of the first definition, which stored releases keep
        assertThat(ReleaseChecksum.of(batch(List.of(voorlopig)))).isEqualTo(definition(batch(List.of(voorlopig))));
        assertThat(ReleaseChecksum.of(batch(List.of(naderVoorlopig)))).isNotEqualTo(ReleaseChecksum.of(batch(List.of(voorlopig))));
    }

    private static ReleaseBatch batch(List<ImportedCell> cells) {
        return new ReleaseBatch(Dataset.PRODUCTION, LocalDate.of(2026, 3, 10), true, "test", cells, null);
    }

    private List<ReleaseBatch> bundled(String resource, CsvLayout layout) throws Exception {
        try (Reader r = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            return new CsvReleaseReader(layout, BranchCatalogue.bundled()).read(r);
        }
    }

    /** The checksum as first defined, kept here as the reference. */
    private static String definition(ReleaseBatch batch) {
        List<String> lines = new ArrayList<>();
        for (ImportedCell c : batch.cells()) {
            lines.add(c.branchCode() + '|' + c.month() + '|' + c.measure().code + '|'
                    + c.amount().stripTrailingZeros().toPlainString() + '|' + c.provisional());
        }
        lines.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((batch.dataset() + "|" + batch.published() + "\n").getBytes(StandardCharsets.UTF_8));
            for (String line : lines) {
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
