package nl.industriemonitor.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The curated events file as the charts read it, and the rows it refuses. */
class EventCatalogueTest {

    private static final String HEADER = "id,start,end,branches,label_nl,label_en,note_nl,note_en,source\n";

    @Test
    void theBundledFileHoldsTheEventsTheIssueNames() {
        List<ChartEvent> all = EventCatalogue.all();
        assertThat(all).extracting(ChartEvent::id)
                .containsExactly("financial-crisis", "covid-lockdown", "energy-crisis", "groningen-gas");
        ChartEvent crisis = all.get(0);
        assertThat(crisis.start()).isEqualTo(YearMonth.of(2008, 7));
        assertThat(crisis.end()).isEqualTo(YearMonth.of(2009, 6));
        assertThat(crisis.source().toString()).isEqualTo("https://www.cbs.nl/nl-nl/achtergrond/2009/52/recessie-ten-einde");
        assertThat(crisis.sourceName()).isEqualTo("cbs.nl");
        ChartEvent lockdown = all.get(1);
        assertThat(lockdown.single()).isTrue();
        assertThat(lockdown.start()).isEqualTo(YearMonth.of(2020, 3));
        assertThat(lockdown.label("en")).isEqualTo("First lockdown");
        assertThat(lockdown.label("nl")).isEqualTo("Eerste lockdown");
        assertThat(lockdown.note("nl")).contains("15 maart 2020");
        assertThat(lockdown.note("en")).contains("15 March 2020");
        ChartEvent energy = all.get(2);
        assertThat(energy.end()).isEqualTo(YearMonth.of(2022, 8));
        assertThat(energy.concerns("20")).isTrue();
        assertThat(energy.concerns("10")).isFalse();
        assertThat(all.get(3).concerns("B")).isTrue();
        assertThat(all.get(3).concerns("20")).isFalse();
        for (ChartEvent e : all) {
            assertThat(e.source().getScheme()).isEqualTo("https");
            assertThat(e.labelNl()).isNotBlank().doesNotContain("\"");
            assertThat(e.labelEn()).isNotBlank();
            // the chart prints the label: short enough for a phone
            assertThat(e.labelNl().length()).isLessThanOrEqualTo(20);
            assertThat(e.labelEn().length()).isLessThanOrEqualTo(20);
            assertThat(e.noteNl()).isNotEqualTo(e.noteEn());
        }
    }

    @Test
    void aChartGetsTheEventsOfItsBranchesAndPeriod() {
        assertThat(EventCatalogue.forChart(List.of("20"), YearMonth.of(2005, 1), YearMonth.of(2026, 4)))
                .extracting(ChartEvent::id).containsExactly("financial-crisis", "covid-lockdown", "energy-crisis");
        assertThat(EventCatalogue.forChart(List.of("20"), YearMonth.of(2021, 1), YearMonth.of(2026, 4)))
                .extracting(ChartEvent::id).containsExactly("energy-crisis");
        // a range that only touches the period counts
        assertThat(EventCatalogue.forChart(List.of("10"), YearMonth.of(2009, 6), YearMonth.of(2026, 4)))
                .extracting(ChartEvent::id).containsExactly("financial-crisis", "covid-lockdown");
        assertThat(EventCatalogue.forChart(List.of("B"), YearMonth.of(2023, 1), YearMonth.of(2025, 2)))
                .extracting(ChartEvent::id).containsExactly("groningen-gas");
    }

    @Test
    void marksAreClippedToTheChart() {
        var events = EventCatalogue.forChart(List.of("20"), YearMonth.of(2009, 1), YearMonth.of(2022, 5));
        var marks = EventList.marks(nl.industriemonitor.web.Lang.NL, events, List.of("2009-01", "2015-01", "2022-05"));
        assertThat(marks).extracting(m -> m.label() + " " + m.start() + " " + m.end()).containsExactly(
                "Kredietcrisis 2009-01 2009-06", "Eerste lockdown 2020-03 2020-03", "Energiecrisis 2022-02 2022-05");
    }

    @Test
    void badRowsAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> parse("a,2020-05,2020-03,*,x,y,n,m,https://example.org/"))
                .hasMessageContaining("line 2").hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> parse("a,2020-03,2020-03,*,x,,n,m,https://example.org/"))
                .hasMessageContaining("line 2").hasMessageContaining("no label_en");
        assertThatThrownBy(() -> parse("a,2020-03,2020-03,*,x,y,n,m,http://example.org/"))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> parse("a,2020-3,2020-03,*,x,y,n,m,https://example.org/"))
                .hasMessageContaining("not a month");
        assertThatThrownBy(() -> parse("a,2020-03,2020-03,*,x,y,n,m,https://example.org/\na,2021-03,2021-03,*,x,y,n,m,https://example.org/"))
                .hasMessageContaining("line 3").hasMessageContaining("twice");
    }

    private static List<ChartEvent> parse(String rows) throws Exception {
        return EventCatalogue.parse(new StringReader(HEADER + rows + "\n"), "test.csv");
    }
}
