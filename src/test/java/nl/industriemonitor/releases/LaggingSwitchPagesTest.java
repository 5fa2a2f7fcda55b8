package nl.industriemonitor.releases;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.industriemonitor.web.Html;

/** The release page and the overview list the branches that started or stopped lagging, with the numbers. */
@QuarkusTest
class LaggingSwitchPagesTest {

    @Test
    void tenMarch2026ListsItsThreeSwitchesWithTheNumbersBehindThem() {
        Document doc = Html.get("/nl/releases/2026-03-10", 200);
        assertThat(Html.text(doc, "#switches-heading")).isEqualTo("Wat veranderde in het achterblijven");
        assertThat(doc.select("#lagging-switches tbody tr")).extracting(r -> r.attr("data-rule") + " " + r.attr("data-branch"))
                .containsExactly("falling-trend C", "falling-trend 21", "below-2021 21");
        Element pharma = doc.selectFirst("#lagging-switches tr[data-rule=falling-trend][data-branch=21]");
        assertThat(pharma.text()).contains("Dalende trend").contains("Farmaceutische industrie").contains("begon")
                .contains("laatste 3 maanden tegen de 3 ervoor: +12,0" + Html.NBSP + "% (februari 2025)")
                .contains("laatste 3 maanden tegen de 3 ervoor: −11,6" + Html.NBSP + "% (januari 2026)");
        assertThat(doc.selectFirst("#lagging-switches tr[data-branch=C]").text()).contains("begon geen gegevens (juli 2025)");
        assertThat(doc.selectFirst("#lagging-switches tr[data-branch=21] a").attr("href")).isEqualTo("/nl/sector/21");
        Document en = Html.get("/en/releases/2026-03-10", 200);
        assertThat(Html.text(en, "#lagging-switches tr[data-rule=below-2021]")).contains("started")
                .contains("average index of the last 3 months: 98.2");
    }

    @Test
    void theOverviewShowsTheSwitchesOfTheLatestRelease() {
        Document pinned = Html.get("/nl/?asof=2026-01-09", 200);
        assertThat(Html.text(pinned, "#switches-heading + p")).startsWith("Met de publicatie van 9 januari 2026");
        assertThat(Html.text(pinned, "#lagging-switches tr[data-branch=20]")).contains("Onder totaal").contains("stopte")
                .contains("−3,9" + Html.NBSP + "% tegen +1,9" + Html.NBSP + "% voor de hele industrie (grens −0,1" + Html.NBSP + "%)");
        Document latest = Html.get("/nl/", 200);
        assertThat(Html.text(latest, "#switches-heading + p")).startsWith("Met de publicatie van 10 juni 2026");
        assertThat(Html.text(latest, "#lagging-switches-none")).contains("geen branche");
    }
}
