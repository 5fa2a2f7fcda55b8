package nl.industriemonitor.imports;

/** One reason a source was refused: where (row or record), which column, and what is wrong. */
public record ImportProblem(String where, String column, String message) {

    @Override
    public String toString() {
        return where + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
