package nl.industriemonitor.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The content fingerprint of a release: SHA-256 over its sorted figures, so the same content
 * imported twice (from the same or a reformatted file) is recognised and stored once.
 */
final class ReleaseChecksum {

    private ReleaseChecksum() {
    }

    static String of(ReleaseBatch batch) {
        List<String> lines = new ArrayList<>();
        for (ImportedCell c : batch.cells()) {
            lines.add(c.branchCode() + '|' + c.month() + '|' + c.measure().code + '|' + plain(c.amount()) + '|'
                    + c.provisional());
        }
        lines.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((batch.dataset() + "|" + batch.published() + "\n").getBytes(StandardCharsets.UTF_8));
            for (String line : lines) {
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
