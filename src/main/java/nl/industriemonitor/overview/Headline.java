package nl.industriemonitor.overview;

import nl.industriemonitor.data.Figure;

/** Total manufacturing in one month: the two figures CBS leads its release with (either may be missing). */
public record Headline(Figure yoy, Figure mom) {
}
