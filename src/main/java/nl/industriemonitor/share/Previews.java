package nl.industriemonitor.share;

import java.awt.image.BufferedImage;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.IndustriemonitorConfig;
import nl.industriemonitor.web.Busy;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;

/**
 * Link-preview images, drawn at most {@code industriemonitor.render.images} at a time: each drawing holds a
 * 1200×630 raster and the font machinery of Java2D, and a burst of them once filled the heap. The page cache
 * keeps each drawn image per view and data version (a shared link is fetched by every chat and social site).
 */
@ApplicationScoped
public class Previews {

    @Inject
    PageLinks links;

    private final Semaphore slots;
    private final long waitMillis;
    /** One raster per turn, kept: at most as many as there are turns, and no 3 MB request to the heap per image. */
    private final Queue<BufferedImage> canvases = new ConcurrentLinkedQueue<>();

    @Inject
    public Previews(IndustriemonitorConfig config) {
        slots = new Semaphore(config.render().images(), true);
        waitMillis = config.render().maxWait().toMillis();
    }

    public byte[] png(ShareView view) {
        Lang lang = view.lang();
        take(lang);
        try {
            var m = links.messages(lang);
            String date = view.latestShown() == null ? null : Formats.label(view.latestShown(), lang.locale);
            String source = ShareService.eurostat(view)
                    ? (date == null ? m.preview_source_eurostat_undated() : m.preview_source_eurostat(date))
                    : (date == null ? m.preview_source_undated() : m.preview_source(date));
            PreviewSpec spec = PreviewSpec.og(view.title(), view.headline(), view.headlineLabel(), view.chart(),
                    m.no_data(), source, m.site_name(), lang.locale);
            BufferedImage canvas = canvases.poll();
            if (canvas == null || canvas.getWidth() != spec.width() || canvas.getHeight() != spec.height()) {
                canvas = PreviewImage.canvas(spec);
            }
            try {
                return PreviewImage.render(spec, canvas);
            } finally {
                canvases.add(canvas);
            }
        } finally {
            slots.release();
        }
    }

    /**
     * An image a view draws itself on a 1200×630 raster (the cycle's scatter, which {@link PreviewImage}'s line and
     * bar charts do not draw), in turn with every other preview.
     */
    public byte[] drawn(Lang lang, Function<BufferedImage, byte[]> drawing) {
        take(lang);
        try {
            BufferedImage canvas = canvases.poll();
            if (canvas == null || canvas.getWidth() != PreviewSpec.OG_WIDTH || canvas.getHeight() != PreviewSpec.OG_HEIGHT) {
                canvas = new BufferedImage(PreviewSpec.OG_WIDTH, PreviewSpec.OG_HEIGHT, BufferedImage.TYPE_INT_RGB);
            }
            try {
                return drawing.apply(canvas);
            } finally {
                canvases.add(canvas);
            }
        } finally {
            slots.release();
        }
    }

    private void take(Lang lang) {
        try {
            if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new Busy(lang);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(lang);
        }
    }
}
