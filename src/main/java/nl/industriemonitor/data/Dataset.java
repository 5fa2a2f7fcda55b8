package nl.industriemonitor.data;

/**
 * The tables a release can belong to, each with its own vintages: CBS StatLine tables, and Eurostat's dataset
 * {@code sts_inpr_m}, whose figures are kept apart from CBS's ({@link EuropeData}).
 */
public enum Dataset {
    PRODUCTION("85806NED"),
    PRODUCER_CONFIDENCE("81234NED"),
    EUROSTAT_PRODUCTION("sts_inpr_m");

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
