package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.CaseStatus;
import dk.jobbro.api.caseload.events.CaseAssigned;
import dk.jobbro.api.caseload.events.CaseClosed;
import dk.jobbro.api.caseload.events.CaseMoved;
import dk.jobbro.api.caseload.events.CaseOpened;
import dk.jobbro.api.caseload.events.KontraktSigned;
import dk.jobbro.api.caseload.events.OfferEnded;
import dk.jobbro.api.caseload.events.OfferStarted;
import dk.jobbro.api.caseload.events.ProgrammeExtended;
import dk.jobbro.api.caseload.events.TakeoverAgreed;
import dk.jobbro.api.employers.events.BonusMilestoneClaimed;
import dk.jobbro.api.employers.events.BonusMilestoneReached;
import dk.jobbro.api.employers.events.IguEnded;
import dk.jobbro.api.employers.MatchRequestStatus;
import dk.jobbro.api.employers.events.IguStarted;
import dk.jobbro.api.employers.events.MatchAccepted;
import dk.jobbro.api.employers.events.MatchClosed;
import dk.jobbro.api.employers.events.MatchPlacementDecided;
import dk.jobbro.api.employers.events.MatchPlacementProposed;
import dk.jobbro.api.employers.events.MatchRequested;
import dk.jobbro.api.employers.events.VitasRegistered;
import dk.jobbro.api.handover.events.HandoverTakenOver;
import dk.jobbro.api.handover.events.HandoverWithdrawn;
import dk.jobbro.api.handover.events.InformationAnswered;
import dk.jobbro.api.handover.events.InformationRequested;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.caseload.entity.Offer;
import dk.jobbro.caseload.entity.Task;
import dk.jobbro.caseload.entity.TaskType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which event opens, moves and closes which task. The observers are synchronous, so a task is written in the very
 * transaction of the change it follows: no task for a change that rolled back, none missing for one that committed.
 * Due dates are the case's own stored deadlines ({@link CaseFile#firstOfferTargetDate()} and the rest, which the
 * entity keeps in step with the takeover date), never computed again here.
 *
 * <ul>
 *   <li>A case opened (registered, or a handover taken over): first-offer target, first-offer legal latest, kontrakt
 *       and programme end, owned by the case's caseworker or the kommune's queue.</li>
 *   <li>A company-oriented offer started: both first-offer tasks done. A kontrakt signed: the kontrakt task done.</li>
 *   <li>The continuous company-oriented effort: when the started company-oriented offers all have an end, the next
 *       one must start within the configured gap (caseload.continuous-effort.max-gap-weeks) of the last end. Each
 *       company-oriented start marks the task done and opens the next; an offer ended early brings it forward; an
 *       open-ended offer needs none.</li>
 *   <li>An agreed takeover restarts the clocks, an extension moves the programme end: the open tasks move along.</li>
 *   <li>Assigned: the case's open tasks go to the caseworker (or back to the queue). Moved to another kommune: they go
 *       to that kommune's queue. Closed: its deadline tasks and its continuous-effort task are cancelled.</li>
 *   <li>An IGU placement started without its VITAS registration: a VITAS task due on the placement's VITAS date,
 *       done when VITAS is registered, cancelled when the IGU ends early.</li>
 *   <li>A private employer's bonus milestone reached: a claim task due that day, done when the milestone is marked
 *       claimed or paid.</li>
 *   <li>The sender answered an information request on a handover: a task in the kommune's queue to read the answer,
 *       due {@link #ANSWER_REVIEW_DAYS} days later; done when the handover is taken over or the kommune asks again,
 *       cancelled when the sender withdraws it.</li>
 *   <li>Another kommune's match request about one of the kommune's people, or its proposed placement after
 *       acceptance: a match-request task for the holding kommune, due {@value #MATCH_ANSWER_DAYS} days on (a
 *       proposal's no later than its start), done when answered, cancelled when the requester withdraws.</li>
 * </ul>
 */
@ApplicationScoped
public class TaskRules {

  /** Days the kommune has to read a sender's answer (and take over or ask again) before its task is overdue. */
  static final int ANSWER_REVIEW_DAYS = 5;

  private static final Set<TaskType> FIRST_OFFER = Set.of(TaskType.FIRST_OFFER_TARGET, TaskType.FIRST_OFFER_LATEST);

  /** The case's deadlines and where each one's date is stored. */
  private static final java.util.Map<TaskType, Function<CaseFile, LocalDate>> CASE_DEADLINES = java.util.Map.of(
      TaskType.FIRST_OFFER_TARGET, CaseFile::firstOfferTargetDate,
      TaskType.FIRST_OFFER_LATEST, CaseFile::firstOfferLatestDate,
      TaskType.KONTRAKT, CaseFile::contractDueDate,
      TaskType.PROGRAMME_END, CaseFile::programmePlannedEnd);

  /** Days the holding kommune has to answer a match request or a proposed placement: a company will not wait long. */
  static final int MATCH_ANSWER_DAYS = 5;

  @Inject
  TaskRepository tasks;

  @Inject
  CaseRepository cases;

  @Inject
  Actor actor;

  @Inject
  CaseloadSettings settings;

  @Inject
  Clock clock;

  void onCaseOpened(@Observes CaseOpened opened) {
    CaseFile c = caseFile(opened.caseId());
    List<TaskType> deadlines = c.contractSignedDate() == null
        ? List.of(TaskType.FIRST_OFFER_TARGET, TaskType.FIRST_OFFER_LATEST, TaskType.KONTRAKT, TaskType.PROGRAMME_END)
        : List.of(TaskType.FIRST_OFFER_TARGET, TaskType.FIRST_OFFER_LATEST, TaskType.PROGRAMME_END);
    String key = c.id().toString();
    // a case is opened once, in the transaction that creates it (DefaultCaseService.register), so it has no task yet:
    // no query for its pending ones (which cost a flush and a round trip per registration); were the event ever fired
    // twice, the unique index task_one_open_per_deadline_uq would refuse the second set
    for (TaskType type : deadlines) {
      tasks.add(new Task(c.kommune(), type, key, Task.Link.toCase(c.id(), c.handoverId()),
          CASE_DEADLINES.get(type).apply(c), c.assignedTo()));
    }
  }

  void onOfferStarted(@Observes OfferStarted started) {
    if (started.type().isCompanyOriented()) {
      // one query for the case's pending tasks: the first-offer deadlines and the continuous-effort task are all
      // linked to the case
      List<Task> pending = tasks.pendingOfCase(started.caseId());
      pending.stream().filter(t -> FIRST_OFFER.contains(t.type())).forEach(t -> t.done(actor.current()));
      // this start is the effort the open continuous-effort task asked for; the next one follows from the new end,
      // so none is pending when it is planned (at most one is, by a unique index). Written at once: Hibernate would
      // insert the next task before it updates this one, and the index would refuse the second pending task.
      pending.stream().filter(t -> t.type() == TaskType.CONTINUOUS_EFFORT).findFirst().ifPresent(t -> {
        t.done(actor.current());
        tasks.flush();
      });
      planContinuousEffort(caseFile(started.caseId()), Optional.empty());
    }
  }

  void onOfferEnded(@Observes OfferEnded ended) {
    if (ended.type().isCompanyOriented()) {
      planContinuousEffort(caseFile(ended.caseId()),
          tasks.pending(TaskType.CONTINUOUS_EFFORT, ended.caseId().toString()));
    }
  }

  /**
   * Opens, moves or closes the case's continuous-effort task so that it falls due the configured gap after the last
   * day of its started company-oriented offers; none while one of them runs without an end or the case is closed.
   *
   * @param pending the case's open or snoozed continuous-effort task, if it has one
   */
  private void planContinuousEffort(CaseFile c, Optional<Task> pending) {
    Optional<LocalDate> due = c.status() == CaseStatus.ACTIVE
        ? effortEnds(cases.offers(c.id())).map(end -> end.plusWeeks(settings.maxGapWeeks()))
        : Optional.empty();
    if (due.isEmpty()) {
      pending.ifPresent(t -> t.cancel(actor.current()));
    } else if (pending.isPresent()) {
      pending.get().redate(due.get());
    } else {
      tasks.add(new Task(c.kommune(), TaskType.CONTINUOUS_EFFORT, c.id().toString(),
          Task.Link.toCase(c.id(), c.handoverId()), due.get(), c.assignedTo()));
    }
  }

  /** The last day of the started, not cancelled company-oriented offers; empty if one has no end or none started. */
  private static Optional<LocalDate> effortEnds(List<Offer> offers) {
    List<Offer> effort = offers.stream()
        .filter(o -> o.type().isCompanyOriented() && o.startAnnounced() && o.cancelledOn() == null).toList();
    if (effort.isEmpty() || effort.stream().anyMatch(o -> o.endDate() == null)) {
      return Optional.empty();
    }
    return effort.stream().map(Offer::endDate).max(Comparator.naturalOrder());
  }

  void onKontraktSigned(@Observes KontraktSigned signed) {
    tasks.pendingOfCase(signed.caseId()).stream().filter(t -> t.type() == TaskType.KONTRAKT)
        .forEach(t -> t.done(actor.current()));
  }

  void onTakeoverAgreed(@Observes TakeoverAgreed agreed) {
    redate(caseFile(agreed.caseId()));
  }

  void onProgrammeExtended(@Observes ProgrammeExtended extended) {
    redate(caseFile(extended.caseId()));
  }

  void onCaseAssigned(@Observes CaseAssigned assigned) {
    tasks.pendingOfCase(assigned.caseId()).forEach(t -> t.handTo(assigned.assignedTo()));
  }

  void onCaseMoved(@Observes CaseMoved moved) {
    KommuneKode to = KommuneKode.parse(moved.toKommune());
    tasks.pendingOfCase(moved.caseId()).forEach(t -> t.moveTo(to));
  }

  void onCaseClosed(@Observes CaseClosed closed) {
    // an IGU's VITAS task stays: the placement runs on whatever becomes of the programme
    tasks.pendingOfCase(closed.caseId()).stream()
        .filter(t -> CASE_DEADLINES.containsKey(t.type()) || t.type() == TaskType.CONTINUOUS_EFFORT)
        .forEach(t -> t.cancel(actor.current()));
  }

  void onIguStarted(@Observes IguStarted started) {
    String key = started.placementId().toString();
    if (started.vitasRegisteredDate() == null && tasks.pending(TaskType.VITAS_REGISTRATION, key).isEmpty()) {
      String owner = cases.find(started.caseId()).map(CaseFile::assignedTo).orElse(null);
      tasks.add(new Task(KommuneKode.parse(started.kommune()), TaskType.VITAS_REGISTRATION, key,
          new Task.Link(started.caseId(), null, started.placementId(), null), started.vitasDueDate(), owner));
    }
  }

  void onVitasRegistered(@Observes VitasRegistered registered) {
    tasks.pending(TaskType.VITAS_REGISTRATION, registered.placementId().toString())
        .ifPresent(t -> t.done(actor.current()));
  }

  void onIguEnded(@Observes IguEnded ended) {
    tasks.pending(TaskType.VITAS_REGISTRATION, ended.placementId().toString())
        .ifPresent(t -> t.cancel(actor.current()));
  }

  void onBonusReached(@Observes BonusMilestoneReached reached) {
    String key = bonusKey(reached.placementId(), reached.kind().name());
    if (tasks.pending(TaskType.BONUS_CLAIM, key).isEmpty()) {
      tasks.add(new Task(KommuneKode.parse(reached.kommune()), TaskType.BONUS_CLAIM, key,
          new Task.Link(null, null, reached.placementId(), null), reached.dueDate(), null));
    }
  }

  void onBonusClaimed(@Observes BonusMilestoneClaimed claimed) {
    tasks.pending(TaskType.BONUS_CLAIM, bonusKey(claimed.placementId(), claimed.kind().name()))
        .ifPresent(t -> t.done(actor.current()));
  }

  void onInformationAnswered(@Observes InformationAnswered answered) {
    String key = answered.handoverId().toString();
    if (tasks.pending(TaskType.INFORMATION_ANSWERED, key).isEmpty()) {
      tasks.add(new Task(KommuneKode.parse(answered.kommune()), TaskType.INFORMATION_ANSWERED, key,
          new Task.Link(null, answered.handoverId(), null, null), LocalDate.now(clock).plusDays(ANSWER_REVIEW_DAYS),
          null));
    }
  }

  void onHandoverTakenOver(@Observes HandoverTakenOver takenOver) {
    tasks.pending(TaskType.INFORMATION_ANSWERED, takenOver.handoverId().toString())
        .ifPresent(t -> t.done(actor.current()));
  }

  /** The kommune asked again: it has read the answer. */
  void onInformationRequested(@Observes InformationRequested requested) {
    tasks.pending(TaskType.INFORMATION_ANSWERED, requested.handoverId().toString())
        .ifPresent(t -> t.done(actor.current()));
  }

  void onHandoverWithdrawn(@Observes HandoverWithdrawn withdrawn) {
    tasks.pending(TaskType.INFORMATION_ANSWERED, withdrawn.handoverId().toString())
        .ifPresent(t -> t.cancel(actor.current()));
  }

  void onMatchRequested(@Observes MatchRequested requested) {
    openMatchTask(requested.matchRequestId(), requested.caseId(), requested.candidateKommune(),
        requested.requestedDate().plusDays(MATCH_ANSWER_DAYS));
  }

  void onMatchAccepted(@Observes MatchAccepted accepted) {
    closeMatchTask(accepted.matchRequestId(), true);
  }

  void onMatchClosed(@Observes MatchClosed closed) {
    // declined: the kommune answered; withdrawn: the question went away
    closeMatchTask(closed.matchRequestId(), closed.status() == MatchRequestStatus.DECLINED);
  }

  void onMatchPlacementProposed(@Observes MatchPlacementProposed proposed) {
    LocalDate due = proposed.proposedDate().plusDays(MATCH_ANSWER_DAYS);
    openMatchTask(proposed.matchRequestId(), proposed.caseId(), proposed.candidateKommune(),
        proposed.startDate().isBefore(due) && !proposed.startDate().isBefore(proposed.proposedDate())
            ? proposed.startDate() : due);
  }

  void onMatchPlacementDecided(@Observes MatchPlacementDecided decided) {
    closeMatchTask(decided.matchRequestId(), true);
  }

  private void openMatchTask(UUID matchRequestId, UUID caseId, String kommune, LocalDate due) {
    String key = matchRequestId.toString();
    if (tasks.pending(TaskType.MATCH_REQUEST_WAITING, key).isEmpty()) {
      String owner = cases.find(caseId).map(CaseFile::assignedTo).orElse(null);
      tasks.add(new Task(KommuneKode.parse(kommune), TaskType.MATCH_REQUEST_WAITING, key,
          new Task.Link(caseId, null, null, matchRequestId), due, owner));
    }
  }

  private void closeMatchTask(UUID matchRequestId, boolean answered) {
    tasks.pending(TaskType.MATCH_REQUEST_WAITING, matchRequestId.toString()).ifPresent(t -> {
      if (answered) {
        t.done(actor.current());
      } else {
        t.cancel(actor.current());
      }
    });
  }

  private static String bonusKey(UUID placementId, String kind) {
    return placementId + ":" + kind;
  }

  private void redate(CaseFile c) {
    tasks.pendingOfCase(c.id()).stream().filter(t -> CASE_DEADLINES.containsKey(t.type()))
        .forEach(t -> t.redate(CASE_DEADLINES.get(t.type()).apply(c)));
  }

  private CaseFile caseFile(UUID id) {
    return cases.find(id).orElseThrow(() -> new IllegalStateException("an event names a case that is not stored"));
  }
}
