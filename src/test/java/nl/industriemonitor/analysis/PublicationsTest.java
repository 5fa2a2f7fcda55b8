package nl.industriemonitor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.industriemonitor.analysis.summary.BundledData;

/** The publication history read from the bundled snapshot is the one {@link ReleaseCalendarTest} computes by hand. */
class PublicationsTest {

    @Test
    void theBundledDataHoldTwentyOnePublicationDatesOfTable85806() throws Exception {
        assertThat(Publications.of(BundledData.snapshot())).containsExactlyElementsOf(ReleaseCalendarTest.BUNDLED);
    }
}
