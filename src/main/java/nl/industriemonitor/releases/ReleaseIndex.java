package nl.industriemonitor.releases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.industriemonitor.analysis.ReleaseChanges;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Lang;

/** Every dated publication, newest first, with its counts; undated releases apart, since they have no page. */
public record ReleaseIndex(Lang lang, List<Row> rows, List<Undated> undated, ChartData chart, String otherLangHref) {

    /** The releases of one publication date and what they changed together. */
    public record Row(LocalDate date, List<ReleaseInfo> releases, ReleaseChanges.Counts counts) {

        public String sources() {
            return String.join("; ", releases.stream().map(ReleaseInfo::source).distinct().toList());
        }

        /** The tables of these releases, each once. */
        public List<Dataset> datasets() {
            return releases.stream().map(ReleaseInfo::dataset).distinct().toList();
        }

        /** When the newest of these releases was imported. */
        public Instant imported() {
            return releases.stream().map(ReleaseInfo::importedAt).max(Instant::compareTo).orElseThrow();
        }
    }

    /** A release without a publication date, with the number of figures it holds. */
    public record Undated(ReleaseInfo release, int figures) {
    }
}
