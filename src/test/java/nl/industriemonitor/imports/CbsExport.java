package nl.industriemonitor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A saved export of the fake feed, as an administrator uploads it: every page of every entity set of
 * a fixture folder merged into one JSON object, with some pages taken from another folder.
 */
public final class CbsExport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, List<String>> PAGES = Map.of(
            "TableInfos", List.of("TableInfos"),
            "DataProperties", List.of("DataProperties"),
            "BedrijfstakkenBranchesSBI2008", List.of("BedrijfstakkenBranchesSBI2008"),
            "Perioden", List.of("Perioden", "Perioden.skip-5"),
            "TypedDataSet", List.of("TypedDataSet", "TypedDataSet.skip-8", "TypedDataSet.skip-16"));

    private CbsExport() {
    }

    /** The fixture release of {@code cbs/85806NED}. */
    public static byte[] base() {
        return of(Map.of());
    }

    /** The next release: the pages of {@code cbs/85806NED-revised} over the base. */
    public static byte[] revised() {
        return of(Map.of("TableInfos", "cbs/85806NED-revised/TableInfos.json",
                "TypedDataSet", "cbs/85806NED-revised/TypedDataSet.json"));
    }

    private static byte[] of(Map<String, String> replaced) {
        ObjectNode root = MAPPER.createObjectNode();
        PAGES.forEach((set, pages) -> {
            ArrayNode rows = root.putObject(set).putArray("value");
            for (String page : pages) {
                read(replaced.getOrDefault(page, "cbs/85806NED/" + page + ".json")).get("value").forEach(rows::add);
            }
        });
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CbsExport.class.getClassLoader().getResourceAsStream(resource)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
