package nl.industriemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;

/**
 * The warm-up after a start asks the server for one page of each kind through the whole request path: each answers
 * 200 and is then in the page cache. (Tests start with it off; here it is run by hand, on an address no other test
 * uses, so that its pages are new to the cache.)
 */
@QuarkusTest
class WarmUpTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    WarmUp warmUp;

    @Inject
    PageCache cache;

    @Inject
    SnapshotHolder snapshots;

    @Test
    void everyPageOfTheWarmUpIsMadeAndKept() {
        long before = cache.weight();
        List<String> pages = WarmUp.pages(snapshots.current());
        assertThat(warmUp.run("127.0.0.1", base.getPort())).isEqualTo(pages.size());
        assertThat(cache.weight()).isGreaterThan(before);
    }

    @Test
    void theWarmUpAlsoMakesPagesAsThePreviousPublicationShowedThemAndSince2005() {
        List<LocalDate> dates = snapshots.current().releases().stream().map(ReleaseInfo::published)
                .filter(Objects::nonNull).distinct().sorted().toList();
        String previous = dates.get(dates.size() - 2).toString();
        assertThat(WarmUp.pages(snapshots.current())).containsAll(WarmUp.PAGES)
                .contains("/nl/?asof=" + previous, "/nl/sector/20?from=2005-01&asof=" + previous,
                        "/nl/compare?from=2005-01&asof=" + previous);
        assertThat(WarmUp.pages(Snapshot.empty())).isEqualTo(WarmUp.PAGES);
    }

    @Test
    void aServerThatDoesNotAnswerIsSkipped() {
        assertThat(warmUp.run("127.0.0.1", 1)).isZero();
        assertThat(warmUp.run("127.0.0.1", 0)).isZero();
    }
}
