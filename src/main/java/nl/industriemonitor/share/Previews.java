package nl.industriemonitor.share;

import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.web.PageLinks;

/**
 * Link-preview images, drawn once per view and data version: a shared link is fetched by every
 * chat and social site that shows it, and the picture only changes when the data do.
 */
@ApplicationScoped
public class Previews {

    @Inject
    PageLinks links;

    @CacheResult(cacheName = "previews")
    public byte[] png(@CacheKey String href, @CacheKey long dataVersion, ShareView view) {
        var m = links.messages(view.lang());
        String source = view.latestShown() == null ? m.preview_source_undated()
                : m.preview_source(nl.industriemonitor.web.Formats.label(view.latestShown(), view.lang().locale));
        return PreviewImage.render(PreviewSpec.og(view.title(), view.headline(), view.headlineLabel(), view.chart(),
                m.no_data(), source, m.site_name(), view.lang().locale));
    }
}
