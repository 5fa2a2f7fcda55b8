package nl.industriemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

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

    @Test
    void everyPageOfTheWarmUpIsMadeAndKept() {
        long before = cache.weight();
        assertThat(warmUp.run("127.0.0.1", base.getPort())).isEqualTo(WarmUp.PAGES.size());
        assertThat(cache.weight()).isGreaterThan(before);
    }

    @Test
    void aServerThatDoesNotAnswerIsSkipped() {
        assertThat(warmUp.run("127.0.0.1", 1)).isZero();
        assertThat(warmUp.run("127.0.0.1", 0)).isZero();
    }
}
