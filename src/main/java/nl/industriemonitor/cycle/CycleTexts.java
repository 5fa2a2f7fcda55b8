package nl.industriemonitor.cycle;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import nl.industriemonitor.web.Lang;

/** The cycle's words in a page language: its bundle and the quadrant and reason names. */
public final class CycleTexts {

    private CycleTexts() {
    }

    public static CycleMessages messages(Lang lang) {
        return MessageBundles.get(CycleMessages.class, Localized.Literal.of(lang.code));
    }

    public static String quadrant(CycleMessages msg, Quadrant quadrant) {
        return switch (quadrant) {
            case GROWTH -> msg.quadrant_growth();
            case SLOWING -> msg.quadrant_slowing();
            case CONTRACTION -> msg.quadrant_contraction();
            case RECOVERY -> msg.quadrant_recovery();
        };
    }

    public static String lack(CycleMessages msg, CyclePositions.Lack lack) {
        return switch (lack) {
            case YOY -> msg.lack_yoy();
            case INDEX_SA -> msg.lack_index();
            case BOTH -> msg.lack_both();
        };
    }
}
