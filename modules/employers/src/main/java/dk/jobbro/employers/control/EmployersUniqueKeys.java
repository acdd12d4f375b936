package dk.jobbro.employers.control;

import dk.jobbro.api.shared.persistence.UniqueKey;
import dk.jobbro.api.shared.persistence.UniqueKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The employers schema's unique indexes (see its Flyway migrations) and the duplicate each stands for: what a request
 * that raced past the services' own checks is told once the database refused it.
 */
@ApplicationScoped
public class EmployersUniqueKeys implements UniqueKeys {

  /** The conflict of a second live match request, whether the check before the insert or the index finds it. */
  public static final String LIVE_MATCH_REQUEST =
      "A match request for this candidate and vacancy is open, accepted or placed already.";

  private static final List<UniqueKey> KEYS = List.of(
      new UniqueKey("employer_cvr_uq", "cvr",
          "A company with this CVR number is registered already; find it with GET /api/v1/employers?cvr=."),
      new UniqueKey("partnership_active_uq", "employerId",
          "Your kommune has an active partnership with this company already."),
      new UniqueKey("igu_placement_case_uq", "caseId", "The person has an IGU already."),
      new UniqueKey("match_request_one_uq", "matchRef", LIVE_MATCH_REQUEST));

  @Override
  public List<UniqueKey> uniqueKeys() {
    return KEYS;
  }
}
