package nl.industriemonitor.imports;

import java.time.LocalDateTime;
import java.util.List;

/** What one read of the CBS feed produced, with the counts an operator needs to judge it before storing. */
public record CbsDownload(ReleaseBatch batch, LocalDateTime modified, int rowsRead, int rowsSkipped,
                          List<String> unresolvedBranches) {

    // modified: the table's own "last changed" stamp, null when CBS states none;
    // rowsSkipped: annual and quarterly rows plus rows of branches our catalogue does not know
    public CbsDownload {
        unresolvedBranches = List.copyOf(unresolvedBranches);
    }
}
