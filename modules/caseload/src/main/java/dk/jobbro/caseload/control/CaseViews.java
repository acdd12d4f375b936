package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.AssessmentView;
import dk.jobbro.api.caseload.CareNeed;
import dk.jobbro.api.caseload.HandedOver;
import dk.jobbro.api.caseload.SensitiveHealthView;
import dk.jobbro.api.caseload.BenefitPeriodView;
import dk.jobbro.api.caseload.CaseView;
import dk.jobbro.api.caseload.DanishTestPassed;
import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.caseload.MoveView;
import dk.jobbro.api.caseload.OfferView;
import dk.jobbro.api.caseload.WorklistItem;
import dk.jobbro.api.shared.Cpr;
import dk.jobbro.caseload.entity.BenefitPeriod;
import dk.jobbro.caseload.entity.CaseDependant;
import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.caseload.entity.CaseHandoverContent;
import dk.jobbro.caseload.entity.CaseMove;
import dk.jobbro.caseload.entity.JobReadinessAssessment;
import dk.jobbro.caseload.entity.Offer;
import java.time.LocalDate;
import java.util.List;

/** Turns caseload entities into the views the API returns; the derived figures are computed here, once. */
public final class CaseViews {

  private CaseViews() {}

  /**
   * What a single case read shows besides the case itself; a list leaves it out.
   *
   * @param household the other cases of the household in the kommune
   * @param dependants the children registered on the case
   * @param fromHandover what the handover brought, or null
   * @param health whether the reader may see health information (the kommune's caseworkers)
   */
  public record Details(List<CaseFile> household, List<CaseDependant> dependants, CaseHandoverContent fromHandover,
      boolean health) {}

  public static CaseView of(CaseFile c, boolean fullCpr, List<DanishTestPassed> tests, boolean effortGap,
      LocalDate today, int dueSoonDays) {
    return of(c, fullCpr, tests, effortGap, today, dueSoonDays, null);
  }

  /** @param details for a single case read, else null */
  public static CaseView of(CaseFile c, boolean fullCpr, List<DanishTestPassed> tests, boolean effortGap,
      LocalDate today, int dueSoonDays, Details details) {
    Cpr cpr = c.cpr();
    var programme = new CaseView.Programme(ProgrammeLabels.programme(c.residenceBasis(), c.takeoverDate()),
        c.takeoverDate(), c.programmePlannedEnd(), c.programmeEndDate(), c.programmeEndReason());
    var contract = new CaseView.Contract(c.contractDueDate(), c.contractSignedDate(), contractOverdue(c, today));
    var firstOffer = new CaseView.FirstOffer(c.firstOfferTargetDate(), c.firstOfferLatestDate(),
        FirstOfferClock.metOn(c.firstOfferDate(), today),
        FirstOfferClock.status(c.firstOfferTargetDate(), c.firstOfferLatestDate(), c.firstOfferDate(), today, dueSoonDays),
        FirstOfferClock.daysLeft(c.firstOfferLatestDate(), c.firstOfferDate(), today));
    var danish = new CaseView.Danish(c.danishTrack(), c.danishModule(), tests);
    var selfSupporting = c.selfSupportingKind() == null ? null
        : new CaseView.SelfSupporting(c.selfSupportingKind(), c.selfSupportingDate());
    return new CaseView(c.id(), c.kommune().value(), c.status(), fullCpr ? cpr.formatted() : cpr.masked(), !fullCpr,
        c.fullName(), c.gender(), c.birthDate(), c.countryOfOrigin(),
        c.languages().stream().map(l -> new Language(l.language(), l.level())).toList(),
        c.residenceBasis(), c.residencePermitDate(), c.visitationDecisionDate(), c.cprRegistrationDate(),
        c.expectedTakeoverDate(), c.takeoverDate(), c.takeoverAgreed(), programme, contract, firstOffer, effortGap,
        c.jobReadiness(), danish, selfSupporting, c.competences(), c.handoverId(),
        details == null ? null : details.household().stream()
            .map(o -> new CaseView.HouseholdMember(o.id(), o.fullName())).toList(),
        details == null ? null : details.dependants().stream()
            .map(d -> new CaseView.Dependant(d.fullName(), d.birthDate(), CareNeed.of(d.birthDate(), today),
                d.fromDate(), d.handoverId())).toList(),
        details == null || details.fromHandover() == null ? null : fromHandover(details.fromHandover(),
            details.health()),
        c.assignedTo(), c.registeredAt(), c.version());
  }

  private static CaseView.FromHandover fromHandover(CaseHandoverContent content, boolean health) {
    List<HandedOver.DanishClass> classes = content.danishClasses();
    int hours = classes.stream().mapToInt(k -> k.hours() == null ? 0 : k.hours()).sum();
    HandedOver.Health handed = health ? content.health() : null;
    return new CaseView.FromHandover(content.notes(), classes, hours, content.jobOffer(), handed == null ? null
        : SensitiveHealthView.of(handed.information(), handed.consentPurpose(), handed.consentGivenOn()));
  }

  public static WorklistItem item(CaseFile c, boolean effortGap, LocalDate today, int dueSoonDays) {
    return new WorklistItem(c.id(), c.fullName(), c.cpr().masked(), c.takeoverDate(),
        FirstOfferClock.status(c.firstOfferTargetDate(), c.firstOfferLatestDate(), c.firstOfferDate(), today, dueSoonDays),
        c.firstOfferLatestDate(), FirstOfferClock.daysLeft(c.firstOfferLatestDate(), c.firstOfferDate(), today),
        contractOverdue(c, today), effortGap, c.jobReadiness(), c.assignedTo());
  }

  public static OfferView offer(Offer o, LocalDate today) {
    return new OfferView(o.id(), o.caseId(), o.kommuneKode(), o.type(), o.type().isCompanyOriented(), o.startDate(),
        o.endDate(), o.status(today), o.hoursPerWeek() == null ? null : o.hoursPerWeek().doubleValue(),
        o.employerCvr(), o.endedEarly(), o.cancelledOn(), o.cancellationReason(), o.version());
  }

  public static AssessmentView assessment(JobReadinessAssessment a) {
    return new AssessmentView(a.id(), a.assessedOn(), a.category(), a.reason(), a.assessedBy(), a.recordedAt());
  }

  public static BenefitPeriodView benefit(BenefitPeriod b) {
    String label = switch (b.kind()) {
      case INTEGRATION_BENEFIT -> ProgrammeLabels.integrationBenefit(b.startDate());
      case KONTANTHJAELP -> "kontanthjælp";
      case NONE -> "ingen ydelse";
    };
    return new BenefitPeriodView(b.id(), b.kind(), label, b.startDate(), b.endDate(), b.version());
  }

  public static MoveView move(CaseMove m, String personName) {
    return new MoveView(m.id(), m.caseId(), m.fromKommune(), m.toKommune(), m.requestedByKommune(),
        m.decidingKommune(), m.status(), personName, m.requestedAt(),
        m.decidedAt(), m.version());
  }

  /** The kontrakt is past its due date and not signed. */
  public static boolean contractOverdue(CaseFile c, LocalDate today) {
    return c.contractSignedDate() == null && today.isAfter(c.contractDueDate());
  }
}
