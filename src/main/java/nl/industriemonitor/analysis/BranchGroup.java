package nl.industriemonitor.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A named set of branches followed together, with a stable id for URLs. The groups are defined once,
 * in the bundled table {@code data/groups.csv} (id, members separated by spaces, source of the
 * definition); their names and definitions are texts of the {@code group} message bundle.
 */
public record BranchGroup(String id, List<String> members, String sourceUrl) {

    static final String RESOURCE = "data/groups.csv";

    private static final List<BranchGroup> ALL = bundled();

    /**
     * SBI 17 paper, 19 refining, 20 chemicals, 23 building materials, 24 basic metals: the five
     * branches in Destatis' monthly index of energy-intensive industries. Pharma (21) stays out on
     * purpose: merged with chemicals it hides the decline of chemicals.
     */
    public static final BranchGroup ENERGY_INTENSIVE = required("energy-intensive");

    /** CBS's "metalektro": the metal and electrical engineering branches 24 to 30 and 33. */
    public static final BranchGroup METAL = required("metal");

    public BranchGroup {
        members = List.copyOf(members);
    }

    /** A group without a stated source, for tests and ad-hoc sets. */
    public BranchGroup(String id, List<String> members) {
        this(id, members, null);
    }

    /** Every group we define, in table order, for resolving a URL id. */
    public static List<BranchGroup> all() {
        return ALL;
    }

    public static Optional<BranchGroup> byId(String id) {
        return ALL.stream().filter(g -> g.id.equals(id)).findFirst();
    }

    public boolean contains(String branchCode) {
        return members.contains(branchCode);
    }

    private static BranchGroup required(String id) {
        return byId(id).orElseThrow(() -> new IllegalStateException(RESOURCE + " lacks the group " + id));
    }

    private static List<BranchGroup> bundled() {
        try (InputStream in = BranchGroup.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the table; a bad row is a bug in our own file, so it stops the start with its line. */
    static List<BranchGroup> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<BranchGroup> groups = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CSVRecord r : format.parse(reader)) {
            String id = r.get("id").strip();
            List<String> members = Arrays.stream(r.get("members").strip().split("\\s+"))
                    .filter(s -> !s.isEmpty()).toList();
            String source = r.get("source_url").strip();
            String where = RESOURCE + " line " + r.getRecordNumber() + ": ";
            if (!id.matches("[a-z][a-z0-9-]*") || !ids.add(id)) {
                throw new IllegalStateException(where + "id '" + id + "' is empty, not lowercase or repeated");
            }
            if (members.isEmpty() || members.stream().anyMatch(m -> !m.matches("\\d{2}"))
                    || new HashSet<>(members).size() != members.size()) {
                throw new IllegalStateException(where + "members of " + id + " must be distinct two-digit SBI codes");
            }
            // an address we could not check stays out rather than being guessed; the source is named in text
            if (!source.isEmpty() && !source.startsWith("https://")) {
                throw new IllegalStateException(where + "group " + id + ": the address of its definition must be https");
            }
            groups.add(new BranchGroup(id, members, source));
        }
        return List.copyOf(groups);
    }
}
