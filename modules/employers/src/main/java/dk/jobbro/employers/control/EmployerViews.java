package dk.jobbro.employers.control;

import dk.jobbro.api.employers.BonusMilestoneView;
import dk.jobbro.api.employers.Commitments;
import dk.jobbro.api.employers.ContactPerson;
import dk.jobbro.api.employers.EmployerView;
import dk.jobbro.api.employers.IguPlacementView;
import dk.jobbro.api.employers.NoteView;
import dk.jobbro.api.employers.PartnershipView;
import dk.jobbro.employers.entity.Employer;
import dk.jobbro.employers.entity.EmployerNote;
import dk.jobbro.employers.entity.IguPlacement;
import dk.jobbro.employers.entity.Partnership;
import java.time.LocalDate;

/** Renders the module's entities as the api's records; everything derived from today is computed here. */
public final class EmployerViews {

  private EmployerViews() {}

  public static EmployerView of(Employer e) {
    ContactPerson contact = e.contactName() == null ? null
        : new ContactPerson(e.contactName(), e.contactEmail(), e.contactPhone());
    return new EmployerView(e.id(), e.cvr(), e.name(), e.sector(), e.employingKommune(), e.ministryArea(),
        e.locationKommune(), e.industryCode(), e.industry(), contact, e.registeredByKommune(), e.registeredAt(),
        e.version());
  }

  public static NoteView of(EmployerNote n) {
    return new NoteView(n.id(), n.employerId(), n.kommuneKode(), n.text(), n.writtenBy(), n.writtenAt());
  }

  public static PartnershipView of(Partnership p, Employer e) {
    return new PartnershipView(p.id(), p.kommuneKode(), p.employerId(), e.cvr(), e.name(), p.signedDate(),
        new Commitments(p.praktikPlaces(), p.loentilskudPlaces(), p.iguPlaces(), p.occupations()), p.status(),
        p.endDate(), p.endReason(), p.version());
  }

  public static IguPlacementView of(IguPlacement p, Employer e, LocalDate today) {
    return new IguPlacementView(p.id(), p.kommuneKode(), p.caseId(), p.offerId(), p.employerId(), e.cvr(),
        e.sector(), p.startDate(), p.plannedEndDate(), p.schoolWeeks(), p.plannedHoursPerWeek(), p.payBasis(),
        p.signedDate(),
        new IguPlacementView.Vitas(p.vitasDueDate(), p.vitasRegisteredDate(),
            IguRules.vitasLate(p.signedDate(), p.vitasRegisteredDate(), today)),
        p.status(), p.status() == dk.jobbro.api.employers.IguStatus.ACTIVE ? null : p.endDate(), p.endReason(),
        p.bonus().stream().map(m -> new BonusMilestoneView(m.kind(), m.amountKr(), m.dueDate(), m.status(),
            m.claimedDate(), m.paidDate())).toList(),
        p.vacancyId(), p.version());
  }
}
