package nl.industriemonitor.share;

import static nl.industriemonitor.web.Html.MINUS;
import static nl.industriemonitor.web.Html.NBSP;
import static nl.industriemonitor.web.Html.get;
import static nl.industriemonitor.web.Html.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.imports.ImportService;
import nl.industriemonitor.imports.ImportedCell;
import nl.industriemonitor.imports.IsolatedDatabase;
import nl.industriemonitor.imports.ReleaseBatch;

/** A link pinned to a release keeps its numbers when CBS revises them; the live link follows. */
@QuarkusTest
@TestProfile(IsolatedDatabase.class)
class PinnedLinkTest {

    @Inject
    ImportService imports;

    @Test
    void aPinnedLinkShowsTheOlderValueAfterANewerReleaseIsImported() throws Exception {
        String live = "/nl/?month=2025-11";
        String pinnedHref = get(live, 200).selectFirst("a[data-pinned]").attr("href");
        assertThat(pinnedHref).isEqualTo("/nl/?month=2025-11&asof=2026-06-10");
        assertThat(text(get(pinnedHref, 200), "#headline-yoy .figure")).isEqualTo(MINUS + "0,3" + NBSP + "%");

        // a later (test) release revises November 2025 once more
        ImportedCell revised = new ImportedCell("C", "C Industrie", YearMonth.of(2025, 11), Measure.YOY_CA,
                new BigDecimal("-0.5"), false, "test", "test release");
        imports.store(List.of(new ReleaseBatch(Dataset.PRODUCTION, LocalDate.of(2026, 7, 10), true, "test release",
                List.of(revised))), "pinned-link test");

        assertThat(text(get(live, 200), "#headline-yoy .figure")).isEqualTo(MINUS + "0,5" + NBSP + "%");
        assertThat(text(get(pinnedHref, 200), "#headline-yoy .figure")).isEqualTo(MINUS + "0,3" + NBSP + "%");
        assertThat(text(get(pinnedHref, 200), ".share-state")).contains("10 juni 2026");
    }
}
