package nl.industriemonitor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The groups come from the bundled table {@code data/groups.csv}, not from code. */
class BranchGroupTest {

    private static final String HEADER = "id,members,source_url\n";

    @Test
    void bothGroupsAreReadFromTheTable() {
        assertEquals(List.of("energy-intensive", "metal"), BranchGroup.all().stream().map(BranchGroup::id).toList());
        assertEquals(List.of("17", "19", "20", "23", "24"), BranchGroup.ENERGY_INTENSIVE.members());
        assertSame(BranchGroup.ENERGY_INTENSIVE, BranchGroup.byId("energy-intensive").orElseThrow());
        assertEquals("", BranchGroup.ENERGY_INTENSIVE.sourceUrl());
    }

    @Test
    void metalIsTheSingleMetalektroBranchesNotTheAggregates() {
        BranchGroup metal = BranchGroup.byId("metal").orElseThrow();
        assertEquals(List.of("24", "25", "26", "27", "28", "29", "30", "33"), metal.members());
        assertSame(BranchGroup.METAL, metal);
        assertFalse(metal.contains("26-27"));
        assertFalse(metal.contains("29-30"));
        assertTrue(metal.sourceUrl().startsWith("https://www.cbs.nl/"));
    }

    @Test
    void membersAreSeparatedByAnyWhitespace() throws IOException {
        List<BranchGroup> groups = BranchGroup.read(new StringReader(HEADER + "paper, 17   18 ,https://example.org/x\n"));
        assertEquals(List.of(new BranchGroup("paper", List.of("17", "18"), "https://example.org/x")), groups);
    }

    @Test
    void badRowsAreRefusedWithTheirLine() {
        IllegalStateException repeated = assertThrows(IllegalStateException.class, () -> BranchGroup.read(new StringReader(
                HEADER + "a,17,https://example.org/\na,18,https://example.org/\n")));
        assertTrue(repeated.getMessage().contains("line 2"), repeated.getMessage());
        assertThrows(IllegalStateException.class,
                () -> BranchGroup.read(new StringReader(HEADER + "a,,https://example.org/\n")));
        assertThrows(IllegalStateException.class,
                () -> BranchGroup.read(new StringReader(HEADER + "a,17 C,https://example.org/\n")));
        assertThrows(IllegalStateException.class,
                () -> BranchGroup.read(new StringReader(HEADER + "a,17 17,https://example.org/\n")));
        assertThrows(IllegalStateException.class,
                () -> BranchGroup.read(new StringReader(HEADER + "Energy,17,https://example.org/\n")));
    }

    @Test
    void aSourceAddressMustBeHttpsWhenGiven() throws IOException {
        assertThrows(IllegalStateException.class,
                () -> BranchGroup.read(new StringReader(HEADER + "a,17,http://example.org/\n")));
        assertEquals("", BranchGroup.read(new StringReader(HEADER + "a,17,\n")).get(0).sourceUrl());
    }
}
