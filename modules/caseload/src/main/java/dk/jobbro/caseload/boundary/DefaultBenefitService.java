package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.BenefitPeriodView;
import dk.jobbro.api.caseload.BenefitService;
import dk.jobbro.api.caseload.NewBenefitPeriod;
import dk.jobbro.api.caseload.OfferEnd;
import dk.jobbro.api.caseload.events.CaseUpdated;
import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.caseload.control.CaseLookup;
import dk.jobbro.caseload.control.CaseRepository;
import dk.jobbro.caseload.control.CaseViews;
import dk.jobbro.api.shared.problem.Checks;
import dk.jobbro.caseload.entity.BenefitPeriod;
import dk.jobbro.caseload.entity.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Benefit periods per person, which never overlap, so recipients can be counted per kommune on any date. */
@ApplicationScoped
@Transactional
public class DefaultBenefitService implements BenefitService {

  @Inject
  CaseRepository cases;

  @Inject
  CaseLookup lookup;

  @Inject
  Event<CaseUpdated> caseUpdated;

  @Override
  public BenefitPeriodView add(UUID caseId, NewBenefitPeriod n) {
    CaseFile c = lookup.visible(caseId, "UPDATE");
    if (n.endDate() != null && n.endDate().isBefore(n.startDate())) {
      throw ProblemException.invalidField("endDate", "must not be before startDate");
    }
    // without the lock two parallel requests would each find no overlap and both insert
    cases.lockForChange(c);
    if (cases.benefits(c.id()).stream().anyMatch(b -> b.overlaps(n.startDate(), n.endDate()))) {
      throw ProblemException.invalidField("startDate", "overlaps another benefit period of this person");
    }
    BenefitPeriod period = new BenefitPeriod(c, n.kind(), n.startDate(), n.endDate());
    cases.add(period);
    cases.flush();
    caseUpdated.fire(new CaseUpdated(c.id(), c.kommune().value(), CaseUpdated.Part.BENEFITS));
    return CaseViews.benefit(period);
  }

  @Override
  public List<BenefitPeriodView> list(UUID caseId) {
    CaseFile c = lookup.visible(caseId, "READ");
    return cases.benefits(c.id()).stream().map(CaseViews::benefit).toList();
  }

  @Override
  public BenefitPeriodView end(UUID caseId, UUID periodId, IfMatch version, OfferEnd end) {
    CaseFile c = lookup.visible(caseId, "UPDATE");
    BenefitPeriod period = cases.benefits(c.id()).stream().filter(b -> b.id().equals(periodId)).findFirst()
        .orElseThrow(() -> ProblemException.notFound("The benefit period"));
    Versions.require(period.version(), version);
    Checks.asField("endDate", () -> period.endOn(end.endDate()));
    cases.flush();
    caseUpdated.fire(new CaseUpdated(c.id(), c.kommune().value(), CaseUpdated.Part.BENEFITS));
    return CaseViews.benefit(period);
  }
}
