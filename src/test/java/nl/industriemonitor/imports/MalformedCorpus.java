package nl.industriemonitor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The files of {@code src/test/resources/malformed/} with what each refusal must say ({@code corpus.tsv}). */
public record MalformedCorpus(String file, String where, String fragment) {

    public static List<MalformedCorpus> all() {
        String tsv = new String(bytes("corpus.tsv"), StandardCharsets.UTF_8);
        return tsv.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                .map(f -> new MalformedCorpus(f[0], f[1], f[2])).toList();
    }

    public byte[] content() {
        return bytes(file);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = MalformedCorpus.class.getClassLoader().getResourceAsStream("malformed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("malformed/" + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return file;
    }
}
