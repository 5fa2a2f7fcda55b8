package nl.industriemonitor.overview;

import nl.industriemonitor.data.Figure;

/**
 * Total manufacturing in one month: the two figures CBS leads its release with (either may be
 * missing), each with its first publication when a later release revised it.
 */
public record Headline(Figure yoy, Figure firstYoy, Figure mom, Figure firstMom) {

    public boolean yoyRevised() {
        return revised(yoy, firstYoy);
    }

    public boolean momRevised() {
        return revised(mom, firstMom);
    }

    private static boolean revised(Figure latest, Figure first) {
        return latest != null && first != null && latest.release().id() != first.release().id()
                && latest.amount().compareTo(first.amount()) != 0;
    }
}
