package nl.industriemonitor.data;

/** The CBS StatLine tables a release can belong to; each has its own vintages. */
public enum Dataset {
    PRODUCTION("85806NED"),
    PRODUCER_CONFIDENCE("81234NED");

    public final String tableId;

    Dataset(String tableId) {
        this.tableId = tableId;
    }

    public static Dataset byTableId(String tableId) {
        for (Dataset d : values()) {
            if (d.tableId.equals(tableId)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown CBS table " + tableId);
    }
}
