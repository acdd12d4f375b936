package dk.jobbro.api.shared.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The persons behind case ids, for the access log: modules that know a person only by case id (an IGU placement, a
 * matching list) and the access log's readers (a data protection officer asking by case id) find the person here.
 * Caseload implements it; it reads no data for anyone else and writes no access-log row itself.
 */
public interface DataSubjects {

  /** The person and kommune of each existing case among these ids, in no particular order. */
  List<DataSubject> ofCases(Collection<UUID> caseIds);

  /** The person and kommune of one case, if it exists. */
  default Optional<DataSubject> ofCase(UUID caseId) {
    return ofCases(List.of(caseId)).stream().findFirst();
  }
}
