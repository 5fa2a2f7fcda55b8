package nl.industriemonitor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.analysis.summary.BundledData;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.imports.BranchCatalogue;

/** Which branches the pages rank, and which CBS groups they list apart: every part of manufacturing once. */
class BranchListsTest {

    private static BranchInfo branch(String code) {
        return BranchCatalogue.bundled().byCode(code).orElseThrow();
    }

    @Test
    void anAggregatesCodeSaysWhichDivisionsItSpans() {
        assertThat(branch("10-12").covers("11")).isTrue();
        assertThat(branch("10-12").covers("13")).isFalse();
        assertThat(branch("19-22").covers("20")).isTrue();
        assertThat(branch("16+23").covers("23")).isTrue();
        assertThat(branch("16+23").covers("20")).isFalse();
        assertThat(branch("20").covers("20")).isFalse();
        assertThat(branch("consumentenartikelen").covers("10")).isFalse();
        assertThat(branch("20").division()).isTrue();
        assertThat(branch("06").division()).isFalse();
        assertThat(branch("06").aggregate()).isFalse();
        assertThat(branch("B-E").aggregate()).isFalse();
        assertThat(branch("16+23").hasSbiCode()).isTrue();
    }

    @Test
    void anAggregateStandsInOnlyForDivisionsWithoutAFigure() throws Exception {
        DataView view = BundledData.snapshot().asOf(LocalDate.of(2025, 4, 10));
        YearMonth february = YearMonth.of(2025, 2);

        assertThat(BranchLists.main(view, february)).extracting(BranchInfo::code)
                .contains("10", "20", "21", "26-27", "29-30").doesNotContain("C", "10-12", "20-21", "19-22", "06");
        assertThat(BranchLists.groups(view, february)).extracting(BranchInfo::code)
                .contains("10-12", "20-21", "19-22", "16+23", "consumentenartikelen").doesNotContain("26-27", "20");
    }
}
