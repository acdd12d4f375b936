package dk.jobbro.app.events;

import dk.jobbro.api.caseload.events.CaseClosed;
import dk.jobbro.api.caseload.events.CaseMoved;
import dk.jobbro.api.caseload.events.CaseOpened;
import dk.jobbro.api.caseload.events.FirstOfferMet;
import dk.jobbro.api.caseload.events.OfferEnded;
import dk.jobbro.api.caseload.events.OfferStarted;
import dk.jobbro.api.caseload.events.PersonSelfSupporting;
import dk.jobbro.api.employers.events.BonusMilestoneReached;
import dk.jobbro.api.employers.events.EmployerRegistered;
import dk.jobbro.api.employers.events.IguCompleted;
import dk.jobbro.api.employers.events.IguEnded;
import dk.jobbro.api.employers.events.IguStarted;
import dk.jobbro.api.employers.events.MatchAccepted;
import dk.jobbro.api.employers.events.MatchClosed;
import dk.jobbro.api.employers.events.MatchPlacementDecided;
import dk.jobbro.api.employers.events.MatchPlacementProposed;
import dk.jobbro.api.employers.events.MatchRequested;
import dk.jobbro.api.employers.events.PartnershipEnded;
import dk.jobbro.api.employers.events.PartnershipSigned;
import dk.jobbro.api.employers.events.VacancyOpened;
import dk.jobbro.api.handover.events.HandoverReceived;
import dk.jobbro.api.handover.events.HandoverSent;
import dk.jobbro.api.handover.events.HandoverTakenOver;
import dk.jobbro.api.handover.events.HandoverWithdrawn;
import dk.jobbro.api.handover.events.HandoversSent;
import dk.jobbro.api.handover.events.InformationAnswered;
import dk.jobbro.api.handover.events.InformationRequested;
import dk.jobbro.api.shared.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns every event record of {@code api} into outbox rows: one per feed that should see it (the kommune's, both
 * kommuner's for a move or a match, the sender's too for a handover). The observers are synchronous, so they run inside
 * the transaction that fired the event and the row commits or rolls back with the change; every firing site fires
 * inside its service's transaction ({@link Outbox} insists on one).
 *
 * <p>The data carries ids, dates, codes and the kommune only, never a CPR number, a name or free text. A sender sees
 * its handovers' status, never the case opened from one.
 */
@ApplicationScoped
public class EventOutbox {

  static final String CASELOAD = "/jobbro/caseload";
  static final String EMPLOYERS = "/jobbro/employers";
  static final String HANDOVER = "/jobbro/handover";

  @Inject
  Outbox outbox;

  @Inject
  Clock clock;

  void caseOpened(@Observes CaseOpened e) {
    kommune(e.kommune(), CASELOAD, EventType.CASE_OPENED, e.caseId(), e.at(), data()
        .add("caseId", e.caseId().toString()).add("kommune", e.kommune())
        .add("takeoverDate", e.takeoverDate().toString()).build());
  }

  void caseMoved(@Observes CaseMoved e) {
    JsonObject data = data().add("caseId", e.caseId().toString()).add("fromKommune", e.fromKommune())
        .add("toKommune", e.toKommune()).build();
    UUID id = UUID.randomUUID();
    append(Audience.kommune(e.fromKommune()), id, CASELOAD, EventType.CASE_MOVED, e.caseId(), e.at(), data);
    append(Audience.kommune(e.toKommune()), id, CASELOAD, EventType.CASE_MOVED, e.caseId(), e.at(), data);
  }

  void caseClosed(@Observes CaseClosed e) {
    kommune(e.kommune(), CASELOAD, EventType.CASE_CLOSED, e.caseId(), clock.instant(), data()
        .add("caseId", e.caseId().toString()).add("kommune", e.kommune()).add("endDate", e.endDate().toString())
        .add("reason", e.reason().name()).build());
  }

  void firstOfferMet(@Observes FirstOfferMet e) {
    kommune(e.kommune(), CASELOAD, EventType.FIRST_OFFER_MET, e.caseId(), clock.instant(), data()
        .add("caseId", e.caseId().toString()).add("kommune", e.kommune())
        .add("takeoverDate", e.takeoverDate().toString()).add("metOn", e.metOn().toString())
        .add("status", e.status().name()).build());
  }

  void offerStarted(@Observes OfferStarted e) {
    var data = data().add("offerId", e.offerId().toString()).add("caseId", e.caseId().toString())
        .add("kommune", e.kommune()).add("offerType", e.type().name()).add("startDate", e.startDate().toString());
    if (e.employerCvr() != null) {
      data.add("employerCvr", e.employerCvr());
    }
    kommune(e.kommune(), CASELOAD, EventType.OFFER_STARTED, e.offerId(), clock.instant(), data.build());
  }

  void offerEnded(@Observes OfferEnded e) {
    kommune(e.kommune(), CASELOAD, EventType.OFFER_ENDED, e.offerId(), clock.instant(), data()
        .add("offerId", e.offerId().toString()).add("caseId", e.caseId().toString()).add("kommune", e.kommune())
        .add("offerType", e.type().name()).add("endDate", e.endDate().toString()).build());
  }

  /** The gender the record carries for reporting is a person's data and stays out of the feed. */
  void selfSupporting(@Observes PersonSelfSupporting e) {
    kommune(e.kommune(), CASELOAD, EventType.SELF_SUPPORTING, e.caseId(), clock.instant(), data()
        .add("caseId", e.caseId().toString()).add("kommune", e.kommune()).add("kind", e.kind().name())
        .add("date", e.date().toString()).build());
  }

  void bonusReached(@Observes BonusMilestoneReached e) {
    kommune(e.kommune(), EMPLOYERS, EventType.BONUS_MILESTONE_REACHED, e.placementId(), clock.instant(), data()
        .add("placementId", e.placementId().toString()).add("kommune", e.kommune())
        .add("employerId", e.employerId().toString()).add("milestone", e.kind().name())
        .add("amountKr", e.amountKr()).add("dueDate", e.dueDate().toString()).build());
  }

  void employerRegistered(@Observes EmployerRegistered e) {
    kommune(e.registeredByKommune(), EMPLOYERS, EventType.EMPLOYER_REGISTERED, e.employerId(), clock.instant(),
        data().add("employerId", e.employerId().toString()).add("cvr", e.cvr()).add("sector", e.sector().name())
            .add("kommune", e.registeredByKommune()).build());
  }

  void iguStarted(@Observes IguStarted e) {
    var data = data().add("placementId", e.placementId().toString()).add("caseId", e.caseId().toString())
        .add("kommune", e.kommune()).add("employerId", e.employerId().toString()).add("sector", e.sector().name())
        .add("startDate", e.startDate().toString()).add("plannedEndDate", e.plannedEndDate().toString());
    if (e.ministryArea() != null) {
      data.add("ministryArea", e.ministryArea());
    }
    kommune(e.kommune(), EMPLOYERS, EventType.IGU_STARTED, e.placementId(), clock.instant(), data.build());
  }

  void iguEnded(@Observes IguEnded e) {
    kommune(e.kommune(), EMPLOYERS, EventType.IGU_ENDED, e.placementId(), clock.instant(), data()
        .add("placementId", e.placementId().toString()).add("caseId", e.caseId().toString())
        .add("kommune", e.kommune()).add("endDate", e.endDate().toString()).add("reason", e.reason().name())
        .build());
  }

  void iguCompleted(@Observes IguCompleted e) {
    kommune(e.kommune(), EMPLOYERS, EventType.IGU_COMPLETED, e.placementId(), clock.instant(), data()
        .add("placementId", e.placementId().toString()).add("caseId", e.caseId().toString())
        .add("kommune", e.kommune()).add("completedDate", e.completedDate().toString()).build());
  }

  void matchAccepted(@Observes MatchAccepted e) {
    match(EventType.MATCH_ACCEPTED, e.matchRequestId(), e.vacancyId(), e.requestingKommune(), e.candidateKommune(),
        data());
  }

  // The match events go to both kommuner's feeds and never carry the case id: the requesting kommune must not learn
  // it, and the holding kommune finds the case from the request.
  void matchRequested(@Observes MatchRequested e) {
    match(EventType.MATCH_REQUESTED, e.matchRequestId(), e.vacancyId(), e.requestingKommune(), e.candidateKommune(),
        data().add("requestedDate", e.requestedDate().toString()));
  }

  void matchClosed(@Observes MatchClosed e) {
    match(EventType.MATCH_CLOSED, e.matchRequestId(), e.vacancyId(), e.requestingKommune(), e.candidateKommune(),
        data().add("status", e.status().name()));
  }

  void matchPlacementProposed(@Observes MatchPlacementProposed e) {
    match(EventType.MATCH_PLACEMENT_PROPOSED, e.matchRequestId(), e.vacancyId(), e.requestingKommune(),
        e.candidateKommune(), data().add("type", e.type().name()).add("startDate", e.startDate().toString()));
  }

  void matchPlacementDecided(@Observes MatchPlacementDecided e) {
    // the offer and placement ids name records on the holding kommune's case: only its own feed gets them
    JsonObjectBuilder common = data().add("confirmed", e.confirmed()).add("countsFor", e.candidateKommune());
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    JsonObject shared = common.add("matchRequestId", e.matchRequestId().toString())
        .add("vacancyId", e.vacancyId().toString()).add("requestingKommune", e.requestingKommune())
        .add("candidateKommune", e.candidateKommune()).build();
    append(Audience.kommune(e.requestingKommune()), id, EMPLOYERS, EventType.MATCH_PLACEMENT_DECIDED,
        e.matchRequestId(), now, shared);
    JsonObjectBuilder holder = Jsonp.PROVIDER.createObjectBuilder(shared);
    if (e.offerId() != null) {
      holder.add("offerId", e.offerId().toString());
    }
    if (e.iguPlacementId() != null) {
      holder.add("iguPlacementId", e.iguPlacementId().toString());
    }
    append(Audience.kommune(e.candidateKommune()), id, EMPLOYERS, EventType.MATCH_PLACEMENT_DECIDED,
        e.matchRequestId(), now, holder.build());
  }

  /** One match event in the requesting and the holding kommune's feeds, with the ids both may see. */
  private void match(String type, UUID matchRequestId, UUID vacancyId, String requesting, String candidate,
      JsonObjectBuilder data) {
    JsonObject body = data.add("matchRequestId", matchRequestId.toString()).add("vacancyId", vacancyId.toString())
        .add("requestingKommune", requesting).add("candidateKommune", candidate).build();
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    append(Audience.kommune(requesting), id, EMPLOYERS, type, matchRequestId, now, body);
    if (!candidate.equals(requesting)) {
      append(Audience.kommune(candidate), id, EMPLOYERS, type, matchRequestId, now, body);
    }
  }

  void partnershipSigned(@Observes PartnershipSigned e) {
    kommune(e.kommune(), EMPLOYERS, EventType.PARTNERSHIP_SIGNED, e.partnershipId(), clock.instant(), data()
        .add("partnershipId", e.partnershipId().toString()).add("kommune", e.kommune())
        .add("employerId", e.employerId().toString()).add("signedDate", e.signedDate().toString())
        .add("iguPlacesPerYear", e.iguPlacesPerYear()).build());
  }

  void partnershipEnded(@Observes PartnershipEnded e) {
    kommune(e.kommune(), EMPLOYERS, EventType.PARTNERSHIP_ENDED, e.partnershipId(), clock.instant(), data()
        .add("partnershipId", e.partnershipId().toString()).add("kommune", e.kommune())
        .add("employerId", e.employerId().toString()).add("endDate", e.endDate().toString()).build());
  }

  void vacancyOpened(@Observes VacancyOpened e) {
    kommune(e.kommune(), EMPLOYERS, EventType.VACANCY_OPENED, e.vacancyId(), clock.instant(), data()
        .add("vacancyId", e.vacancyId().toString()).add("kommune", e.kommune())
        .add("employerId", e.employerId().toString()).add("occupationCode", e.occupationCode())
        .add("offerType", e.offerType().name()).add("persons", e.persons())
        .add("openToOtherKommuner", e.openToOtherKommuner()).build());
  }

  void handoverSent(@Observes HandoverSent e) {
    handover(e.handoverId(), e.sender(), e.kommune(), EventType.HANDOVER_SENT, e.at(), sentData(e));
  }

  /** A batch's handovers: the same rows as {@link #handoverSent} writes for each, appended in one statement. */
  void handoversSent(@Observes HandoversSent e) {
    List<Outbox.Entry> entries = new ArrayList<>(2 * e.handovers().size());
    for (HandoverSent sent : e.handovers()) {
      UUID id = UUID.randomUUID();
      Instant at = sent.at() != null ? sent.at() : clock.instant();
      JsonObject data = sentData(sent);
      String subject = sent.handoverId().toString();
      entries.add(new Outbox.Entry(Audience.kommune(sent.kommune()), id, HANDOVER, EventType.HANDOVER_SENT, subject,
          at, data));
      entries.add(new Outbox.Entry(Audience.sender(sent.sender()), id, HANDOVER, EventType.HANDOVER_SENT, subject,
          at, data));
    }
    outbox.appendAll(entries);
  }

  private static JsonObject sentData(HandoverSent e) {
    return data().add("handoverId", e.handoverId().toString()).add("sender", e.sender()).add("kommune", e.kommune())
        .add("revision", e.revision()).add("completenessScore", e.completenessScore()).build();
  }

  void handoverReceived(@Observes HandoverReceived e) {
    handover(e.handoverId(), e.sender(), e.kommune(), EventType.HANDOVER_RECEIVED, e.at(), data()
        .add("handoverId", e.handoverId().toString()).add("sender", e.sender()).add("kommune", e.kommune())
        .build());
  }

  /** The field names asked for, never the message (free text). */
  void informationRequested(@Observes InformationRequested e) {
    var fields = Jsonp.PROVIDER.createArrayBuilder();
    e.fields().forEach(fields::add);
    handover(e.handoverId(), e.sender(), e.kommune(), EventType.HANDOVER_INFORMATION_REQUESTED, e.at(), data()
        .add("handoverId", e.handoverId().toString()).add("sender", e.sender()).add("kommune", e.kommune())
        .add("fields", fields).build());
  }

  void informationAnswered(@Observes InformationAnswered e) {
    handover(e.handoverId(), e.sender(), e.kommune(), EventType.HANDOVER_INFORMATION_ANSWERED, e.at(), data()
        .add("handoverId", e.handoverId().toString()).add("sender", e.sender()).add("kommune", e.kommune())
        .add("revision", e.revision()).build());
  }

  /** The kommune learns which case was opened; the sender only that the handover was taken over. */
  void handoverTakenOver(@Observes HandoverTakenOver e) {
    UUID id = UUID.randomUUID();
    var common = data().add("handoverId", e.handoverId().toString()).add("sender", e.sender())
        .add("kommune", e.kommune()).add("takeoverDate", e.takeoverDate().toString());
    JsonObject forSender = common.build();
    JsonObject forKommune = Jsonp.PROVIDER.createObjectBuilder(forSender).add("caseId", e.caseId().toString()).build();
    append(Audience.kommune(e.kommune()), id, HANDOVER, EventType.HANDOVER_TAKEN_OVER, e.handoverId(), e.at(),
        forKommune);
    append(Audience.sender(e.sender()), id, HANDOVER, EventType.HANDOVER_TAKEN_OVER, e.handoverId(), e.at(),
        forSender);
  }

  void handoverWithdrawn(@Observes HandoverWithdrawn e) {
    handover(e.handoverId(), e.sender(), e.kommune(), EventType.HANDOVER_WITHDRAWN, e.at(), data()
        .add("handoverId", e.handoverId().toString()).add("sender", e.sender()).add("kommune", e.kommune())
        .build());
  }

  private void kommune(String kommune, String source, String type, UUID subject, Instant at, JsonObject data) {
    append(Audience.kommune(kommune), UUID.randomUUID(), source, type, subject, at, data);
  }

  /** A handover's event goes to both ends: the receiving kommune and the sender. */
  private void handover(UUID handoverId, String sender, String kommune, String type, Instant at, JsonObject data) {
    UUID id = UUID.randomUUID();
    append(Audience.kommune(kommune), id, HANDOVER, type, handoverId, at, data);
    append(Audience.sender(sender), id, HANDOVER, type, handoverId, at, data);
  }

  private void append(String audience, UUID id, String source, String type, UUID subject, Instant at,
      JsonObject data) {
    outbox.append(audience, id, source, type, subject.toString(), at != null ? at : clock.instant(), data);
  }

  private static JsonObjectBuilder data() {
    return Jsonp.PROVIDER.createObjectBuilder();
  }
}
