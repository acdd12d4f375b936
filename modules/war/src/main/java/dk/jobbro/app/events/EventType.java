package dk.jobbro.app.events;

import java.util.List;

/** The CloudEvents {@code type} of each event in the feed; README.md says what each means. */
final class EventType {

  static final String CASE_OPENED = "dk.jobbro.case.opened";
  static final String CASE_MOVED = "dk.jobbro.case.moved";
  static final String CASE_CLOSED = "dk.jobbro.case.closed";
  static final String FIRST_OFFER_MET = "dk.jobbro.case.first-offer-met";
  static final String SELF_SUPPORTING = "dk.jobbro.case.self-supporting";
  static final String OFFER_STARTED = "dk.jobbro.offer.started";
  static final String OFFER_ENDED = "dk.jobbro.offer.ended";
  static final String EMPLOYER_REGISTERED = "dk.jobbro.employer.registered";
  static final String PARTNERSHIP_SIGNED = "dk.jobbro.partnership.signed";
  static final String PARTNERSHIP_ENDED = "dk.jobbro.partnership.ended";
  static final String IGU_STARTED = "dk.jobbro.igu.started";
  static final String IGU_ENDED = "dk.jobbro.igu.ended";
  static final String IGU_COMPLETED = "dk.jobbro.igu.completed";
  static final String BONUS_MILESTONE_REACHED = "dk.jobbro.igu.bonus-milestone-reached";
  static final String VACANCY_OPENED = "dk.jobbro.vacancy.opened";
  static final String MATCH_REQUESTED = "dk.jobbro.match.requested";
  static final String MATCH_ACCEPTED = "dk.jobbro.match.accepted";
  static final String MATCH_CLOSED = "dk.jobbro.match.closed";
  static final String MATCH_PLACEMENT_PROPOSED = "dk.jobbro.match.placement-proposed";
  static final String MATCH_PLACEMENT_DECIDED = "dk.jobbro.match.placement-decided";
  static final String HANDOVER_SENT = "dk.jobbro.handover.sent";
  static final String HANDOVER_RECEIVED = "dk.jobbro.handover.received";
  static final String HANDOVER_INFORMATION_REQUESTED = "dk.jobbro.handover.information-requested";
  static final String HANDOVER_INFORMATION_ANSWERED = "dk.jobbro.handover.information-answered";
  static final String HANDOVER_TAKEN_OVER = "dk.jobbro.handover.taken-over";
  static final String HANDOVER_WITHDRAWN = "dk.jobbro.handover.withdrawn";

  /** Every type, for checking a subscription's filter. */
  static final List<String> ALL = List.of(CASE_OPENED, CASE_MOVED, CASE_CLOSED, FIRST_OFFER_MET, SELF_SUPPORTING,
      OFFER_STARTED, OFFER_ENDED, EMPLOYER_REGISTERED, PARTNERSHIP_SIGNED, PARTNERSHIP_ENDED, IGU_STARTED, IGU_ENDED,
      IGU_COMPLETED, BONUS_MILESTONE_REACHED, VACANCY_OPENED, MATCH_ACCEPTED, HANDOVER_SENT, HANDOVER_RECEIVED,
      HANDOVER_INFORMATION_REQUESTED, HANDOVER_INFORMATION_ANSWERED, HANDOVER_TAKEN_OVER, HANDOVER_WITHDRAWN,
      MATCH_REQUESTED, MATCH_CLOSED, MATCH_PLACEMENT_PROPOSED, MATCH_PLACEMENT_DECIDED);

  private EventType() {}
}
