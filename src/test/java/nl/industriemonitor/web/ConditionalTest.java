package nl.industriemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** RFC 9110's rules for a 304, without a server. */
class ConditionalTest {

    static final String TAG = "W/\"24-1a2b\"";
    static final Instant MODIFIED = Instant.parse("2026-04-10T07:15:30.250Z");

    @Test
    void ifNoneMatchComparesWeaklyAndTakesListsAndStar() {
        assertThat(Conditional.notModified(TAG, null, TAG, MODIFIED)).isTrue();
        assertThat(Conditional.notModified("\"24-1a2b\"", null, TAG, MODIFIED)).isTrue();
        assertThat(Conditional.notModified("\"a\", W/\"24-1a2b\"", null, TAG, MODIFIED)).isTrue();
        assertThat(Conditional.notModified("\"a,b\",\"24-1a2b\"", null, TAG, MODIFIED)).isTrue();
        assertThat(Conditional.notModified("*", null, TAG, MODIFIED)).isTrue();
        assertThat(Conditional.notModified("\"24-1a2c\"", null, TAG, MODIFIED)).isFalse();
        assertThat(Conditional.notModified("\"24-1a2", null, TAG, MODIFIED)).isFalse();
        assertThat(Conditional.notModified("garbage", null, TAG, MODIFIED)).isFalse();
        assertThat(Conditional.notModified("", null, TAG, MODIFIED)).isFalse();
    }

    @Test
    void ifModifiedSinceCountsWholeSecondsAndYieldsToIfNoneMatch() {
        assertThat(Conditional.notModified(null, "Fri, 10 Apr 2026 07:15:30 GMT", TAG, MODIFIED)).isTrue();
        assertThat(Conditional.notModified(null, "Fri, 10 Apr 2026 08:00:00 GMT", TAG, MODIFIED)).isTrue();
        assertThat(Conditional.notModified(null, "Fri, 10 Apr 2026 07:15:29 GMT", TAG, MODIFIED)).isFalse();
        assertThat(Conditional.notModified(null, "yesterday", TAG, MODIFIED)).isFalse();
        assertThat(Conditional.notModified("\"other\"", "Fri, 10 Apr 2026 08:00:00 GMT", TAG, MODIFIED)).isFalse();
        assertThat(Conditional.notModified(null, null, TAG, MODIFIED)).isFalse();
    }
}
