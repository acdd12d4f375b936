package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.ResidenceBasis;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts about a person that the IGU eligibility rule needs (lov om integrationsgrunduddannelse; domain.md 1.1),
 * and nothing more, so that the rule can be tested without a case file.
 *
 * @param birthDate the person's date of birth; required
 * @param residencePermitDate the date the residence permit was granted; null when it is not registered yet, which
 *     makes the residence condition fail rather than the check
 * @param residenceBasis the legal basis of residence, which decides the target group; required
 * @param hadIguBefore true when the person has an IGU running or completed: a person can complete only one
 */
public record IguCandidate(
    LocalDate birthDate, LocalDate residencePermitDate, ResidenceBasis residenceBasis, boolean hadIguBefore) {

  public IguCandidate {
    Objects.requireNonNull(birthDate, "birthDate is required");
    Objects.requireNonNull(residenceBasis, "residenceBasis is required");
  }
}
