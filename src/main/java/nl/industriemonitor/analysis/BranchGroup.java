package nl.industriemonitor.analysis;

import java.util.List;
import java.util.Optional;

/** A named set of branches followed together, with a stable id for URLs. */
public record BranchGroup(String id, List<String> members) {

    /**
     * SBI 17 paper, 19 refining, 20 chemicals, 23 building materials, 24 basic metals: the five
     * branches in Destatis' monthly index of energy-intensive industries. Pharma (21) stays out on
     * purpose: merged with chemicals it hides the decline of chemicals.
     */
    public static final BranchGroup ENERGY_INTENSIVE =
            new BranchGroup("energy-intensive", List.of("17", "19", "20", "23", "24"));

    public BranchGroup {
        members = List.copyOf(members);
    }

    /** Every group we define, for resolving a URL id. */
    public static List<BranchGroup> all() {
        return List.of(ENERGY_INTENSIVE);
    }

    public static Optional<BranchGroup> byId(String id) {
        return all().stream().filter(g -> g.id.equals(id)).findFirst();
    }

    public boolean contains(String branchCode) {
        return members.contains(branchCode);
    }
}
