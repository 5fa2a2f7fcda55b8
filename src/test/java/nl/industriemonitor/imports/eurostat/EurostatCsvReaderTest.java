package nl.industriemonitor.imports.eurostat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.imports.ImportRejectedException;

/** Eurostat's wide CSV: the bundled files read whole; a file with anything else in it refused, with where and why. */
class EurostatCsvReaderTest {

    private static final String HEADER = "freq,indic_bt,nace_r2,s_adj,unit,geo\\TIME_PERIOD,2023-01,2023-02\n";

    private static Map<String, byte[]> file(String rows) {
        return Map.of("test.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBundledFilesAreReadWhole() throws Exception {
        assertThat(EurostatCsvReader.read(EurostatBundle.files())).hasSize(EurostatFiles.all().size());
    }

    @Test
    void anEmptyCellIsNoFigure() throws Exception {
        assertThat(EurostatCsvReader.read(file("M,PRD,C20,SCA,I21,BE,87.9,\n"))).singleElement()
                .satisfies(c -> assertThat(c.amount()).hasToString("87.9"));
    }

    @Test
    void anythingElseIsRefusedWithWhereAndWhy() {
        assertThatThrownBy(() -> EurostatCsvReader.read(file("M,PRD,C20,SCA,I15,NL,85.8,82.9\n")))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("test.csv, line 2, column unit: is 'I15', only I21 is kept");
        assertThatThrownBy(() -> EurostatCsvReader.read(file("M,PRD,C20,SCA,I21,NL,\"85,8\",82.9\n")))
                .hasMessageContaining("column 2023-01: '85,8' is not a number");
        assertThatThrownBy(() -> EurostatCsvReader.read(file("M,PRD,C20,SCA,I21,NL,85.8,82.9\nM,PRD,C20,SCA,I21,NL,85.8,82.9\n")))
                .hasMessageContaining("line 3: repeats C20 for NL");
        assertThatThrownBy(() -> EurostatCsvReader.read(file("M,PRD,B-D,SCA,I21,NL,85.8,82.9\n")))
                .hasMessageContaining("is not manufacturing (C) or one of its divisions");
        assertThatThrownBy(() -> EurostatCsvReader.read(Map.of("x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("expected the columns");
    }
}
