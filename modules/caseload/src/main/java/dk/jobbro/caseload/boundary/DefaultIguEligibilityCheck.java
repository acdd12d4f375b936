package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.IguEligibility;
import dk.jobbro.api.caseload.IguEligibilityCheck;
import dk.jobbro.caseload.control.CaseLookup;
import dk.jobbro.caseload.control.CaseRepository;
import dk.jobbro.caseload.control.IguCandidate;
import dk.jobbro.caseload.control.IguEligibilityRule;
import dk.jobbro.caseload.entity.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/** Applies the IGU rule version in force on the start date to a case of the caller's kommune. */
@ApplicationScoped
@Transactional
public class DefaultIguEligibilityCheck implements IguEligibilityCheck {

  @Inject
  CaseRepository cases;

  @Inject
  CaseLookup lookup;

  @Override
  public IguEligibility check(UUID caseId, LocalDate startDate) {
    return eligibility(lookup.visible(caseId, "READ"), startDate);
  }

  /** The case as an IGU candidate on the start date: name, masked CPR and the rule's answer. */
  public IguCandidateView candidate(UUID caseId, LocalDate startDate) {
    CaseFile c = lookup.visible(caseId, "READ");
    return new IguCandidateView(c.id(), c.fullName(), c.cpr().masked(),
        eligibility(c, startDate));
  }

  private IguEligibility eligibility(CaseFile c, LocalDate startDate) {
    return IguEligibilityRule.check(new IguCandidate(c.birthDate(), c.residencePermitDate(), c.residenceBasis(),
        cases.hadIgu(c.id())), startDate);
  }
}
