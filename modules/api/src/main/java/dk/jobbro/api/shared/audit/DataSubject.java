package dk.jobbro.api.shared.audit;

/**
 * The person an access touched, as the access log attributes it: the CPR number (stored only as its keyed hash) and
 * the kommune that holds the person, whose data protection officer therefore sees the access.
 *
 * @param cpr the CPR number (ten digits), or null when the data names none (a handover by the immigration service's
 *     case number only): the row then belongs to the kommune without a person hash
 * @param kommune the kommunekode of the kommune holding the person (the case's kommune, a handover's receiving
 *     kommune), or null when the one who accessed does not know it (a national auditor asking by CPR number)
 */
public record DataSubject(String cpr, String kommune) {

  public DataSubject {
    kommune = kommune == null ? null : kommune.strip();
  }
}
