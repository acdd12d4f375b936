package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.events.CaseAssigned;
import dk.jobbro.api.caseload.events.CaseClosed;
import dk.jobbro.api.caseload.events.CaseMoved;
import dk.jobbro.api.caseload.events.CaseOpened;
import dk.jobbro.api.caseload.events.CaseUpdated;
import dk.jobbro.api.caseload.events.FirstOfferMet;
import dk.jobbro.api.caseload.events.KontraktSigned;
import dk.jobbro.api.caseload.events.OfferEnded;
import dk.jobbro.api.caseload.events.OfferStarted;
import dk.jobbro.api.caseload.events.PersonSelfSupporting;
import dk.jobbro.api.caseload.events.ProgrammeExtended;
import dk.jobbro.api.caseload.events.TakeoverAgreed;
import dk.jobbro.api.employers.events.IguCompleted;
import dk.jobbro.api.employers.events.IguEnded;
import dk.jobbro.api.employers.events.IguStarted;
import dk.jobbro.caseload.entity.JournalEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Writes the automatic half of the case journal: every change to a case, from the event the change fires, in the
 * change's own transaction (synchronous observers), with who made it. The descriptions carry dates, types and ids,
 * never a name or a CPR number: the journal shows what changed, the case shows the values.
 */
@ApplicationScoped
public class CaseHistory {

  @PersistenceContext
  EntityManager em;

  @Inject
  CaseRepository cases;

  @Inject
  Actor actor;

  void on(@Observes CaseOpened e) {
    UUID handover = cases.find(e.caseId()).map(c -> c.handoverId()).orElse(null);
    record(e.caseId(), e, "Case opened with takeover date " + e.takeoverDate()
        + (handover == null ? "" : ", from handover " + handover));
  }

  void on(@Observes OfferStarted e) {
    record(e.caseId(), e, "Offer " + e.type() + " starts " + e.startDate() + " (offer " + e.offerId() + ")");
  }

  void on(@Observes OfferEnded e) {
    record(e.caseId(), e, "Offer " + e.type() + " ends " + e.endDate() + " (offer " + e.offerId() + ")");
  }

  void on(@Observes FirstOfferMet e) {
    record(e.caseId(), e, "First company-oriented offer given, starting " + e.metOn() + ": " + e.status());
  }

  void on(@Observes KontraktSigned e) {
    record(e.caseId(), e, "Kontrakt signed on " + e.signedDate());
  }

  void on(@Observes CaseAssigned e) {
    record(e.caseId(), e, e.assignedTo() == null ? "Unassigned: back in the kommune's queue"
        : "Assigned to " + e.assignedTo());
  }

  void on(@Observes TakeoverAgreed e) {
    record(e.caseId(), e, "Takeover date agreed: " + e.takeoverDate() + "; the programme's clocks restart from it");
  }

  void on(@Observes ProgrammeExtended e) {
    record(e.caseId(), e, "Programme extended to " + e.plannedEnd());
  }

  void on(@Observes CaseUpdated e) {
    String what = switch (e.part()) {
      case PERSON_DETAILS -> "Person details changed";
      case JOB_READINESS -> "Job readiness assessed";
      case DANISH -> "Danish education updated";
      case COMPETENCES -> "Competence profile changed";
      case BENEFITS -> "Benefit periods changed";
      case DEPENDANTS -> "Dependant registered from the household's handover";
    };
    record(e.caseId(), e, what);
  }

  void on(@Observes PersonSelfSupporting e) {
    record(e.caseId(), e, "Self-supporting from " + e.date() + " (" + e.kind() + ")");
  }

  void on(@Observes CaseClosed e) {
    record(e.caseId(), e, "Programme ended " + e.endDate() + " (" + e.reason() + "); case closed");
  }

  void on(@Observes CaseMoved e) {
    record(e.caseId(), e, "Moved from kommune " + e.fromKommune() + " to kommune " + e.toKommune());
  }

  void on(@Observes IguStarted e) {
    record(e.caseId(), e, "IGU placement " + e.placementId() + " starts " + e.startDate() + ", planned end "
        + e.plannedEndDate());
  }

  void on(@Observes IguEnded e) {
    record(e.caseId(), e, "IGU placement " + e.placementId() + " ended early on " + e.endDate() + " ("
        + e.reason() + ")");
  }

  void on(@Observes IguCompleted e) {
    record(e.caseId(), e, "IGU placement " + e.placementId() + " completed on " + e.completedDate());
  }

  private void record(UUID caseId, Object event, String description) {
    em.persist(JournalEntry.change(caseId, event.getClass().getSimpleName(), description, actor.current()));
  }
}
