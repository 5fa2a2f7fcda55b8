package nl.industriemonitor.imports;

import java.util.List;
import java.util.stream.Collectors;

/** A source that cannot be imported; nothing of it is stored. Carries every problem found. */
public class ImportRejectedException extends Exception {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.stream().map(ImportProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public ImportRejectedException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
