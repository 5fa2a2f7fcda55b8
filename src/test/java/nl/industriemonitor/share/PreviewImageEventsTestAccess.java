package nl.industriemonitor.share;

import java.awt.image.BufferedImage;

/** Lets page tests of other packages count the pixels of an event band as the image test does. */
public final class PreviewImageEventsTestAccess {

    private PreviewImageEventsTestAccess() {
    }

    public static int bandPixels(BufferedImage image) {
        return PreviewImageEventsTest.bandPixels(image);
    }
}
