package nl.industriemonitor.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The content fingerprint of a release: SHA-256 over its sorted figures, so the same content
 * imported twice (from the same or a reformatted file) is recognised and stored once.
 *
 * <p>The text hashed is fixed, since stored releases keep the value: {@code dataset|published}, then one
 * line {@code branch|month|measure|amount|provisional} per figure (with {@code |nader voorlopig} after it for
 * a figure CBS called so, which stores from V7 on could tell), amount in plain notation without
 * trailing zeros, lines in {@link String} order, each ended by a newline. A full-size table has some
 * 80,000 lines: they are made and sorted on all cores and hashed in one pass.
 */
final class ReleaseChecksum {

    private ReleaseChecksum() {
    }

    static String of(ReleaseBatch batch) {
        List<ImportedCell> cells = batch.cells();
        String[] lines = new String[cells.size()];
        IntStream.range(0, lines.length).parallel().forEach(i -> lines[i] = line(cells.get(i)));
        Arrays.parallelSort(lines);
        StringBuilder text = new StringBuilder(lines.length * 32 + 64);
        text.append(batch.dataset()).append('|').append(batch.published()).append('\n');
        for (String line : lines) {
            text.append(line).append('\n');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String line(ImportedCell c) {
        // the third state only adds a mark, so the checksums stored before it (two states) stay valid
        return c.branchCode() + '|' + c.month() + '|' + c.measure().code + '|' + plain(c.amount()) + '|'
                + c.provisional() + (c.status().revisedProvisional() ? "|nader voorlopig" : "");
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
