package nl.industriemonitor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of the malformed corpus is refused by the reader itself, with its place and its problem. */
class MalformedFilesTest {

    private static final BranchCatalogue CATALOGUE = BranchCatalogue.bundled();

    static List<MalformedCorpus> corpus() {
        return MalformedCorpus.all();
    }

    @Test
    void theCorpusHoldsAtLeastFiftyFiles() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithPlaceAndReason(MalformedCorpus file) {
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> UploadReader.read(file.content(), CATALOGUE));
        assertThat(e.problems()).as(e.getMessage())
                .anySatisfy(p -> {
                    assertThat(p.where()).startsWith(file.where());
                    assertThat(p.message()).contains(file.fragment());
                })
                .allSatisfy(p -> assertThat(p.toString()).hasSizeLessThan(1000));
    }

    /** Odd but unambiguous files that are read, not refused (see the corpus README). */
    @Test
    void acceptedOddities() throws Exception {
        String header = "sbi_code,sbi_title,period,production_index,production_index_sa,yoy_calendar_adjusted_pct,"
                + "mom_sa_pct,turnover_yoy_pct,provisional,published,published_exact,source";
        String row1 = "20,Chemie,2025-11,95.1,94.0,-3.1,0.4,-5.0,false,2026-01-09,true,cbs.nl test";
        String row2 = "20,Chemie,2025-12,96.0,95.2,-2.0,1.3,-4.1,true,2026-01-09,true,cbs.nl test";
        for (String csv : List.of("\uFEFF" + header + "\n" + row1 + "\n" + row2 + "\n",
                header + "\r\n" + row1 + "\r\n" + row2 + "\r\n",
                header + "\r\n" + row1 + "\n" + row2 + "\r\n",
                header + "\n" + row1 + "\n\n\n" + row2,
                header + "\n" + row1 + "\n" + row1 + "\n" + row2 + "\n")) {
            List<ReleaseBatch> batches = UploadReader.read(csv.getBytes(StandardCharsets.UTF_8), CATALOGUE);
            assertThat(batches).as(csv).hasSize(1);
            assertThat(batches.get(0).cells()).as(csv).hasSize(10);
        }
        byte[] json = CbsExport.base();
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(UploadReader.read(withBom, CATALOGUE)).isEqualTo(UploadReader.read(json, CATALOGUE));
    }
}
