package dk.jobbro.caseload.control;

import dk.jobbro.api.shared.persistence.UniqueKey;
import dk.jobbro.api.shared.persistence.UniqueKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The caseload schema's unique indexes (see its Flyway migrations) and the duplicate each stands for. The services
 * check these rules before they write and answer with the richer 409 (naming the existing case); these are what a
 * request that raced past the check is told, after the database refused it.
 */
@ApplicationScoped
public class CaseloadUniqueKeys implements UniqueKeys {

  private static final List<UniqueKey> KEYS = List.of(
      new UniqueKey("case_file_kommune_cpr_uq", "cpr", "This person already has a case in your kommune."),
      new UniqueKey("case_file_one_active_programme_uq", "cpr",
          "This person has an active integration programme in another kommune."),
      new UniqueKey("case_file_handover_uq", "handoverId", "A case has been opened from this handover already."),
      new UniqueKey("case_move_one_open_uq", "caseId", "A move of this case is already waiting for an answer."));

  @Override
  public List<UniqueKey> uniqueKeys() {
    return KEYS;
  }
}
