package nl.industriemonitor.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.jboss.logging.Logger;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * Compresses a body once into every coding it is stored in: gzip always, brotli where brotli4j's native library
 * loads on this platform (otherwise gzip alone, said once in the log). Pages use a brotli quality that costs about
 * as much as gzip (a millisecond for a 50 KB page); files that never change (styles, scripts) the highest, once.
 */
public final class Compressor {

    private static final Logger LOG = Logger.getLogger(Compressor.class);
    /** Brotli 6: within a few per cent of 9 and about a hundred times faster; 11 costs 50–230 ms a page. */
    static final int PAGE_QUALITY = 6;
    static final int STATIC_QUALITY = 11;
    /** Below this a coding's header and framing outweigh what it saves. */
    static final int MIN_BYTES = 256;
    private static final Set<String> TEXT_TYPES = Set.of("application/json", "application/atom+xml",
            "application/javascript", "image/svg+xml", "application/xml");

    private static final boolean BROTLI = loadBrotli();

    private Compressor() {
    }

    private static boolean loadBrotli() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            LOG.warnf("Brotli is not available on this platform (%s); answers are stored in gzip only", e.toString());
            return false;
        }
    }

    public static boolean brotli() {
        return BROTLI;
    }

    /** Whether answers of this type are worth compressing: text, not images that are compressed already. */
    public static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        String type = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("text/") || TEXT_TYPES.contains(type);
    }

    /**
     * The body in every coding worth storing, the plain bytes first; a coding that would not make the body smaller
     * is left out, so such a body is always sent plain.
     */
    public static Map<Encoding, byte[]> encodings(byte[] plain, String contentType, int brotliQuality) {
        Map<Encoding, byte[]> out = new EnumMap<>(Encoding.class);
        out.put(Encoding.IDENTITY, plain);
        if (plain.length < MIN_BYTES || !compressible(contentType)) {
            return out;
        }
        byte[] gzip = gzip(plain);
        if (gzip.length < plain.length) {
            out.put(Encoding.GZIP, gzip);
        }
        if (BROTLI) {
            byte[] br = brotli(plain, brotliQuality);
            if (br != null && br.length < plain.length) {
                out.put(Encoding.BR, br);
            }
        }
        return out;
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 8192) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] brotli(byte[] plain, int quality) {
        try {
            return Encoder.compress(plain, new Encoder.Parameters().setQuality(quality).setMode(Encoder.Mode.TEXT));
        } catch (IOException e) {
            LOG.warnf("Brotli failed on a body of %d bytes (%s); it goes out in gzip", plain.length, e.getMessage());
            return null;
        }
    }
}
