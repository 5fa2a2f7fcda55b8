package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** One test per bug the malformed corpus and the fuzz test found in the upload readers. */
class UploadRegressionTest {

    private static final String HEADER = "sbi_code,sbi_title,period,production_index,production_index_sa,"
            + "yoy_calendar_adjusted_pct,mom_sa_pct,turnover_yoy_pct,provisional,published,published_exact,source\n";
    private static final String ROW = "20,Chemie,2025-11,95.1,94.0,-3.1,0.4,-5.0,false,2026-01-09,true,cbs.nl test\n";
    private static final BranchCatalogue CATALOGUE = BranchCatalogue.bundled();

    private static ImportProblem refusal(String text) {
        return refusal(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportProblem refusal(byte[] content) {
        return assertThrows(ImportRejectedException.class, () -> UploadReader.read(content, CATALOGUE)).problems()
                .get(0);
    }

    @Test
    void aHeaderWithoutRowsIsRefusedNotAnEmptyImport() {
        assertThat(refusal(HEADER).toString()).startsWith("file: holds no figures");
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        assertThat(refusal(HEADER.strip() + ",period\n" + ROW.strip() + ",2025-12\n").toString())
                .startsWith("line 1: is not a usable header");
    }

    @Test
    void aNamelessColumnIsRefusedNotAnUncaughtIllegalArgumentException() {
        assertThat(refusal(HEADER.strip() + ",\n" + ROW.strip() + ",\n").toString())
                .startsWith("line 1: is not a usable header");
    }

    @Test
    void aJsonExponentBeyondBigDecimalIsRefusedNotAnUncaughtNumberFormatException() {
        assertThat(refusal("{\"TableInfos\": [1e-9999999999]}").message()).contains("out of any range");
    }

    @Test
    void aJsonKeyGivenTwiceIsRefused() {
        assertThat(refusal("{\"TableInfos\": [], \"TableInfos\": []}").message()).contains("Duplicate field");
    }

    @Test
    void numbersTheSchemaCannotHoldAreRefused() throws Exception {
        assertThat(refusal(HEADER + ROW.replace("95.1", "1e400")))
                .isEqualTo(new ImportProblem("line 2", "production_index",
                        "'1E+400' is too large (at most 10 digits before the decimal point)"));
        assertThat(refusal(HEADER + ROW.replace("95.1", "95.12345")).message()).contains("more than 4 decimals");
        // trailing zeros are no decimals
        assertThat(UploadReader.read((HEADER + ROW.replace("95.1", "95.10000")).getBytes(StandardCharsets.UTF_8),
                CATALOGUE)).hasSize(1);
    }

    @Test
    void aMillionDigitNumberIsRefusedByItsLengthWithoutBeingParsed() {
        ImportProblem p = refusal(HEADER + ROW.replace("95.1", "9".repeat(1 << 20)));
        assertThat(p.column()).isEqualTo("production_index");
        assertThat(p.message()).contains("too long for a number").hasSizeLessThan(200);
    }

    @Test
    void yearsOutsideNineteenHundredToTwentyOneHundredAreRefused() {
        assertThat(refusal(HEADER + ROW.replace("2025-11", "0000-11")).toString())
                .isEqualTo("line 2, column period: '0000-11' is out of range (expected a year from 1900 to 2100)");
        assertThat(refusal(HEADER + ROW.replace("2026-01-09", "0000-01-09")).column()).isEqualTo("published");
    }

    @Test
    void textLongerThanItsColumnIsRefused() {
        assertThat(refusal(HEADER + ROW.replace("cbs.nl test", "s".repeat(501))).toString())
                .isEqualTo("line 2, column source: is 501 characters long, at most 500 fit");
        assertThat(refusal(HEADER + ROW.replace("20,Chemie", "2".repeat(41) + ",Chemie")).column())
                .isEqualTo("sbi_code");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 10; i++) {
            csv.append(ROW.replace("2025-11", "2024-" + (10 + i % 3)).replace("cbs.nl test", i + "x".repeat(480)));
        }
        assertThat(refusal(csv.toString()).message()).contains("together exceed 4000 characters");
    }

    @Test
    void aBadValueIsQuotedShortNotWhole() {
        ImportProblem p = refusal(HEADER + ROW.replace("2025-11", "x".repeat(100_000)));
        assertThat(p.toString()).hasSizeLessThan(200).contains("100000 characters");
    }
}
