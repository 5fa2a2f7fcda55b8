package nl.industriemonitor.data;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Every published value of one figure, one per release that published it, oldest release first. Made on access
 * from the values the snapshot keeps once per change ({@link Series}); {@link #release} and {@link #amount} answer
 * without making the {@link Figure}.
 */
public final class FigureHistory extends AbstractList<Figure> implements RandomAccess {

    static final FigureHistory EMPTY = new FigureHistory(null, new ReleaseInfo[0], new int[0], 0);

    private final Vintages vintages;
    private final ReleaseInfo[] releases;
    private final int[] entries;
    private final int size;

    FigureHistory(Vintages vintages, ReleaseInfo[] releases, int[] entries, int size) {
        this.vintages = vintages;
        this.releases = releases;
        this.entries = entries;
        this.size = size;
    }

    @Override
    public Figure get(int i) {
        check(i);
        return vintages.figure(entries[i], releases[i]);
    }

    /** The release of value {@code i}. */
    public ReleaseInfo release(int i) {
        check(i);
        return releases[i];
    }

    /** The amount of value {@code i}. */
    public BigDecimal amount(int i) {
        check(i);
        return vintages.amount(entries[i]);
    }

    @Override
    public int size() {
        return size;
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
    }
}
