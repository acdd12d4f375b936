package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import jakarta.validation.constraints.NotNull;

/** The caller's kommune's active cases, most urgent first: overdue, then by days left to the first-offer deadline. */
public interface Worklist {

  Page<WorklistItem> page(@NotNull WorklistFilter filter, @NotNull PageRequest page);
}
