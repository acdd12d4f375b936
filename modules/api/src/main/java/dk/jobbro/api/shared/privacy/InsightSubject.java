package dk.jobbro.api.shared.privacy;

import java.util.Objects;
import java.util.UUID;

/**
 * The person an insight is about, as caseload knows them.
 *
 * @param caseId the person's case in the asking kommune
 * @param cpr the CPR number (ten digits), which the insight shows the person and which finds their access-log rows
 * @param kommune the kommunekode of the kommune that holds the case
 */
public record InsightSubject(UUID caseId, String cpr, String kommune) {

  public InsightSubject {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(kommune);
  }
}
