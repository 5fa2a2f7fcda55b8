package nl.industriemonitor.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A page asked for again while it is being made is made once; failures and finished pages are not shared. */
class PagesInMakingTest {

    private static final long WAIT = 60_000;

    private final PagesInMaking making = new PagesInMaking();

    @Test
    void aSecondRequestWaitsForThePageTheFirstIsMaking() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> making.once("/nl/", () -> {
            started.countDown();
            await(finish);
            return "page " + made.incrementAndGet();
        }, WAIT));
        started.await();
        CompletableFuture<Object> second = new CompletableFuture<>();
        Thread waiter = new Thread(() -> second.complete(making.once("/nl/", () -> "page " + made.incrementAndGet(), WAIT)));
        waiter.start();
        while (waiter.getState() != Thread.State.TIMED_WAITING && waiter.isAlive()) {
            Thread.onSpinWait();
        }
        finish.countDown();

        assertThat(first.get()).isEqualTo("page 1");
        assertThat(second.get()).isEqualTo("page 1");
        assertThat(made).hasValue(1);
        // made and gone: the page cache keeps it from here on, this is no cache
        assertThat(making.once("/nl/", () -> "page " + made.incrementAndGet(), WAIT)).isEqualTo("page 2");
    }

    @Test
    void aFailureIsNotPassedOnToTheRequestWaitingForIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch fail = new CountDownLatch(1);
        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> making.once("/en/", () -> {
            started.countDown();
            await(fail);
            throw new IllegalStateException("template broke");
        }, WAIT));
        started.await();
        CompletableFuture<Object> second = new CompletableFuture<>();
        Thread waiter = new Thread(() -> second.complete(making.once("/en/", () -> "made by the second", WAIT)));
        waiter.start();
        while (waiter.getState() != Thread.State.TIMED_WAITING && waiter.isAlive()) {
            Thread.onSpinWait();
        }
        fail.countDown();

        assertThat(second.get()).isEqualTo("made by the second");
        assertThatThrownBy(first::get).hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void pagesOfOtherAddressesAreMadeSideBySide() {
        assertThat(making.once("/nl/", () -> making.once("/en/", () -> "inner", WAIT) + " outer", WAIT))
                .isEqualTo("inner outer");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
