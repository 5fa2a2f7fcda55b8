package nl.industriemonitor.imports.eurostat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.cluster.ImportLock;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.EuropeData;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * The Eurostat files shipped with the app become one release of their own, dated by their source, with every
 * figure of the files and nothing else; CBS's releases stay CBS's; a second import of the same files adds nothing.
 */
@QuarkusTest
class EurostatBundleTest {

    @Inject
    SnapshotHolder snapshots;

    @Inject
    EurostatBundle bundle;

    @Inject
    EurostatStore store;

    @Inject
    ImportLock importLock;

    @Test
    void theBundledFilesAreTheOnesOfSourcesH() throws Exception {
        // sts_inpr_m_C20.csv as committed in sofiane8910/eurostat-market-intelligence 8ae6ae0 (../shared/data/eurostat)
        byte[] c20 = EurostatBundle.files().get("data/eurostat/sts_inpr_m_C20.csv");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c20)))
                .isEqualTo("adc56a4b8ec0805910058f01c95558e6ba67705c90e3f8abfc9badeaff4c9563");
    }

    @Test
    void oneReleaseDatedBySourceHoldsEveryFigureOfTheFiles() throws Exception {
        Snapshot snapshot = snapshots.current();
        EuropeData europe = snapshot.europe();
        assertThat(europe.releases()).singleElement().satisfies(r -> {
            assertThat(r.dataset()).isEqualTo(Dataset.EUROSTAT_PRODUCTION);
            assertThat(r.published()).isEqualTo(LocalDate.of(2026, 2, 20));
            assertThat(r.publishedExact()).isFalse();
            assertThat(r.source()).isEqualTo(EurostatBundle.SOURCE);
        });
        ReleaseInfo release = europe.releases().get(0);
        Map<EurostatFiles.Key, BigDecimal> files = EurostatFiles.all();
        assertThat(europe.figureCount(release.id())).isEqualTo(files.size());
        EuropeData.View view = europe.asOf(null);
        files.forEach((key, amount) -> assertThat(view.figure(key.nace(), key.geo(), key.month()))
                .as(key.toString()).hasValueSatisfying(f -> {
                    assertThat(f.amount()).isEqualByComparingTo(amount);
                    assertThat(f.amount().toPlainString()).isEqualTo(amount.toPlainString());
                    assertThat(f.flag()).isNull();
                }));
        assertThat(view.figure("C20", "NL", YearMonth.of(2023, 1))).map(EuropeData.Figure::amount)
                .hasValue(new BigDecimal("85.8"));
        assertThat(view.figure("C20", "DE", YearMonth.of(2023, 1))).map(EuropeData.Figure::amount)
                .hasValue(new BigDecimal("80.0"));
        assertThat(view.figure("C20", "EU27_2020", YearMonth.of(2023, 1))).map(EuropeData.Figure::amount)
                .hasValue(new BigDecimal("83.2"));
        // an empty cell of the files is no figure: Belgium's chemicals of December 2025
        assertThat(view.figure("C20", "BE", YearMonth.of(2025, 12))).isEmpty();
        assertThat(view.divisions()).containsExactlyElementsOf(EurostatFiles.DIVISIONS);
    }

    @Test
    void cbsReleasesStayCbsAndTheirCellsHoldNoEurostatFigure() {
        Snapshot snapshot = snapshots.current();
        assertThat(snapshot.releases()).extracting(ReleaseInfo::dataset)
                .doesNotContain(Dataset.EUROSTAT_PRODUCTION);
        assertThat(snapshot.latest().branches()).noneMatch(b -> b.code().startsWith("C") && b.code().length() > 1);
        assertThat(snapshot.releaseCount()).isEqualTo(snapshot.releases().size() + 1);
    }

    @Test
    void theSameFilesTwiceAddNothing() throws Exception {
        Snapshot before = snapshots.current();
        assertThat(importLock.exclusively(bundle::importIfNew)).isFalse();
        EurostatRelease again = EurostatBundle.read(EurostatBundle.files());
        assertThat(importLock.exclusively(() -> store.store(again, "test")).changedAnything()).isFalse();
        assertThat(snapshots.current()).isSameAs(before);
    }
}
