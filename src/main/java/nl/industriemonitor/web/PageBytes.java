package nl.industriemonitor.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import io.quarkus.qute.TemplateInstance;

/**
 * A page rendered straight into the UTF-8 bytes the page cache keeps and compresses. Qute's own {@code render()}
 * appends every piece to one {@link StringBuilder}: from the first character beyond Latin-1 (the dash in each page's
 * title) that builder holds two bytes per character, widens every later piece as it is appended, and the finished
 * text is then encoded to UTF-8 as a whole once more. On a branch page of a long period (about 240 000 characters)
 * that was some 8 % of the time to make it (by a profile; docs/benchmarks.md); here each piece is encoded once, as it
 * comes.
 */
public final class PageBytes implements Consumer<String> {

    private byte[] bytes = new byte[32 * 1024];
    private int size;

    private PageBytes() {
    }

    /** Renders {@code page} (locale and data set) and returns its UTF-8 bytes; a rendering error is thrown as such. */
    public static byte[] of(TemplateInstance page) {
        PageBytes sink = new PageBytes();
        try {
            page.consume(sink).toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
        return Arrays.copyOf(sink.bytes, sink.size);
    }

    @Override
    public void accept(String piece) {
        byte[] encoded = piece.getBytes(StandardCharsets.UTF_8);
        if (size + encoded.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + encoded.length));
        }
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
    }
}
