package nl.industriemonitor.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What the app's database holds, read back through the app's own entities, for tests that check an import
 * stored all or nothing.
 */
public final class DatabaseRows {

    /** Series rows in a fixed order: release, branch, measure. */
    public static final Comparator<SnapshotLoader.SeriesRow> ORDER = Comparator
            .comparingLong(SnapshotLoader.SeriesRow::releaseId)
            .thenComparing(SnapshotLoader.SeriesRow::branchCode)
            .thenComparing(SnapshotLoader.SeriesRow::measure);

    private DatabaseRows() {
    }

    public static long releases() {
        return QuarkusTransaction.requiringNew().call(() -> Release.count());
    }

    /** How many figures, over all releases, the database holds: every figure each release published. */
    public static long figures() {
        return series().stream().mapToLong(SnapshotLoader.SeriesRow::figureCount).sum();
    }

    /** Every series row of the app's database, in {@link #ORDER}. */
    public static List<SnapshotLoader.SeriesRow> series() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Stream<SnapshotLoader.SeriesRow> rows = SnapshotLoader.series()) {
                return rows.sorted(ORDER).toList();
            }
        });
    }

    /** SHA-256 over every column of every figure series in the app's database. */
    public static String figuresDigest() {
        return digest(series());
    }

    /** SHA-256 over every column of the given series rows, in the order given. */
    public static String digest(List<SnapshotLoader.SeriesRow> rows) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (SnapshotLoader.SeriesRow row : rows) {
            for (Object column : List.of(row.releaseId(), row.branchCode(), row.measure(),
                    String.valueOf(row.heldFrom()), String.valueOf(row.heldTo()), Arrays.toString(row.heldAbsent()),
                    Arrays.toString(row.periodMonths()), Arrays.toString(row.amounts()),
                    Arrays.toString(row.provisional()), Arrays.toString(row.revisedProvisional()),
                    Arrays.deepToString(row.sources()))) {
                digest.update(String.valueOf(column).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
