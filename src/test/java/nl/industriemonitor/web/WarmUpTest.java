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
import io.quarkus.test.junit.TestProfile;

import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.freshness.FreshnessService;
import nl.industriemonitor.imports.IsolatedDatabase;

/**
 * The warm-up after a start asks the server for one page of each kind through the whole request path: each answers
 * 200 and is then in the page cache. (Tests start with it off; here it is run by hand, in an application of its own,
 * so that the page cache holds only what the warm-up put in it and no other test's pages can crowd them out.)
 */
@QuarkusTest
@TestProfile(WarmUpTest.OwnCache.class)
class WarmUpTest {

    /** An application of its own (a database of its own, so a fresh page cache too). */
    public static class OwnCache extends IsolatedDatabase {
        @Override
        protected String name() {
            return "warm-up";
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Inject
    WarmUp warmUp;

    @Inject
    PageCache cache;

    @Inject
    PublicUrl publicUrl;

    @Inject
    FreshnessService freshness;

    @Inject
    SnapshotHolder snapshots;

    @Test
    void everyPageOfTheWarmUpIsMadeAndKept() {
        List<String> pages = WarmUp.pages(snapshots.current());
        long before = cache.weight();
        assertThat(warmUp.run("127.0.0.1", base.getPort())).isEqualTo(pages.size());
        assertThat(cache.weight()).isGreaterThan(before);
        // an address with a query is found as the cache's own lookup finds it (CachedPages, PublicUrl.cacheKey):
        // under its key, or as an alias of its page's canonical address (one without a query, such as /nl/compare,
        // is kept under that canonical address alone, which its resource looks up itself)
        for (String page : pages.stream().filter(p -> p.contains("?")).toList()) {
            String address = publicUrl.configured() ? page : "http://127.0.0.1:" + base.getPort() + page;
            String key = freshness.stamp().isEmpty() ? address : freshness.stamp() + " " + address;
            assertThat(cache.get(key).or(() -> cache.getByAlias(key))).as(page).isPresent();
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsSkipped() {
        assertThat(warmUp.run("127.0.0.1", 1)).isZero();
        assertThat(warmUp.run("127.0.0.1", 0)).isZero();
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

}
