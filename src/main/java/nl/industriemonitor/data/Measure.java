package nl.industriemonitor.data;

import java.util.Arrays;
import java.util.Optional;

/** The published measures we store, by internal name (DESIGN.md), with the CBS table they come from. */
public enum Measure {
    INDEX("index", Dataset.PRODUCTION),
    INDEX_SA("index_sa", Dataset.PRODUCTION),
    YOY_CA("yoy_ca", Dataset.PRODUCTION),
    MOM_SA("mom_sa", Dataset.PRODUCTION),
    TURNOVER_YOY("turnover_yoy", Dataset.PRODUCTION),
    PRODUCER_CONFIDENCE("producer_confidence", Dataset.PRODUCER_CONFIDENCE);

    public final String code;
    public final Dataset dataset;

    Measure(String code, Dataset dataset) {
        this.code = code;
        this.dataset = dataset;
    }

    public static Optional<Measure> byCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
