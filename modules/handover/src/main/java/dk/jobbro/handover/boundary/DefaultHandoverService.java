package dk.jobbro.handover.boundary;

import dk.jobbro.api.caseload.CaseService;
import dk.jobbro.api.caseload.CaseView;
import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.HandedOver;
import dk.jobbro.api.caseload.NewCase;
import dk.jobbro.api.caseload.NewDependant;
import dk.jobbro.api.caseload.ProgrammeAge;
import dk.jobbro.api.handover.DuplicateHandoverException;
import dk.jobbro.api.handover.FieldProvenance;
import dk.jobbro.api.handover.HandoverRevisionView;
import dk.jobbro.api.handover.HandoverService;
import dk.jobbro.api.handover.HandoverStatus;
import dk.jobbro.api.handover.HandoverSubmission;
import dk.jobbro.api.handover.HandoverSummary;
import dk.jobbro.api.handover.HandoverView;
import dk.jobbro.api.handover.InfoRequest;
import dk.jobbro.api.handover.TakeoverRequest;
import dk.jobbro.api.handover.TakeoverResult;
import dk.jobbro.api.handover.events.HandoverReceived;
import dk.jobbro.api.handover.events.HandoverSent;
import dk.jobbro.api.handover.events.HandoverTakenOver;
import dk.jobbro.api.handover.events.HandoverWithdrawn;
import dk.jobbro.api.handover.events.InformationAnswered;
import dk.jobbro.api.handover.events.InformationRequested;
import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.LanguageCode;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.handover.control.HandoverCreator;
import dk.jobbro.handover.control.HandoverLookup;
import dk.jobbro.handover.control.HandoverRepository;
import dk.jobbro.handover.control.HandoverViews;
import dk.jobbro.handover.control.Households;
import dk.jobbro.handover.control.Provenance;
import dk.jobbro.handover.control.SubmissionJson;
import dk.jobbro.handover.control.SubmissionRules;
import dk.jobbro.handover.entity.Handover;
import dk.jobbro.handover.entity.HandoverRevision;
import dk.jobbro.handover.entity.InformationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Sends, reads, amends and takes over handovers, writing the access log and firing the events as it goes. */
@ApplicationScoped
@Transactional
public class DefaultHandoverService implements HandoverService {

  @Inject
  HandoverRepository handovers;

  @Inject
  HandoverLookup lookup;

  @Inject
  SubmissionRules rules;

  @Inject
  HandoverCreator creator;

  @Inject
  Households households;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  @Inject
  CaseService cases;

  @Inject
  Clock clock;

  @Inject
  Event<HandoverSent> sent;

  @Inject
  Event<HandoverReceived> received;

  @Inject
  Event<InformationRequested> informationRequested;

  @Inject
  Event<HandoverTakenOver> takenOver;

  @Inject
  Event<HandoverWithdrawn> withdrawn;

  @Inject
  Event<InformationAnswered> informationAnswered;

  @Override
  public HandoverView submit(HandoverSubmission submission) {
    String sender = lookup.requireSender();
    SubmissionRules.Checked checked = rules.check(submission);
    requireOwnFamily(submission, sender);
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    handovers.lockKommune(submission.receivingKommune());
    // Only the sender's own handover of the person is a duplicate. Another sender's is never named nor hinted at (a
    // sender could otherwise test who hands over whom): this one is created as well, and the kommune sees both.
    handovers.live(List.of(submission.receivingKommune()), List.of(checked.facts().personKey())).stream()
        .filter(existing -> existing.sender().equals(sender)).findFirst().ifPresent(existing -> {
          throw new DuplicateHandoverException(existing.id(), checked.facts().cpr() != null ? "person.cpr"
              : "person.caseNumber");
        });
    Handover h = creator.create(id, sender, checked, now);
    households.join(id, submission.familyHandovers());
    accessLog.record("CREATE", HandoverLookup.RESOURCE, id, h.dataSubject());
    return view(h, false);
  }

  @Override
  public Page<HandoverSummary> list(HandoverStatus status, PageRequest page) {
    String column = lookup.isKommune() ? "receivingKommune" : "sender";
    String value = lookup.isKommune() ? caller.requireKommune().value() : lookup.requireSender();
    List<Handover> found = handovers.page(column, value, status, page);
    accessLog.recordSearch("LIST", HandoverLookup.RESOURCE, status == null ? null : "status=" + status,
        found.stream().map(Handover::dataSubject).toList());
    Map<UUID, List<UUID>> duplicates = lookup.isKommune() ? handovers.possibleDuplicates(value, found) : Map.of();
    Map<UUID, List<UUID>> household = households.membersOf(found, lookup.isKommune() ? value : null);
    List<HandoverSummary> items = found.stream()
        .map(h -> HandoverViews.summary(h, lookup.isKommune() ? duplicates.get(h.id()) : null, household.get(h.id())))
        .toList();
    return new Page<>(items, page.page(), page.size(), handovers.count(column, value, status));
  }

  @Override
  public HandoverView get(UUID id) {
    Handover h = lookup.visible(id, "READ", false);
    if (lookup.isKommune() && h.status() == HandoverStatus.SENT && handovers.markReceived(h, clock.instant())) {
      received.fire(new HandoverReceived(h.id(), h.sender(), h.receivingKommune(), h.receivedAt()));
    }
    return view(h, lookup.isKommune());
  }

  @Override
  public HandoverView amend(UUID id, IfMatch version, HandoverSubmission submission) {
    Handover h = lookup.forSender(id, "UPDATE", true);
    Versions.require(h.version(), version);
    requireOpen(h, "amended");
    if (!submission.receivingKommune().equals(h.receivingKommune())) {
      throw ProblemException.invalidField("receivingKommune", "cannot change; withdraw this handover and send a new "
          + "one to the other kommune");
    }
    SubmissionRules.Checked checked = rules.check(submission);
    requireOwnFamily(submission, h.sender());
    if (!checked.facts().personKey().equals(h.personKey())) {
      // a corrected identity must not turn this handover into the sender's second one for a person (another sender's
    // handover of the person is not named: the kommune sees the two as possible duplicates)
      handovers.lockKommune(h.receivingKommune());
      handovers.live(List.of(h.receivingKommune()), List.of(checked.facts().personKey())).stream()
          .filter(other -> !other.id().equals(h.id()) && other.sender().equals(h.sender())).findFirst().ifPresent(other -> {
            throw new DuplicateHandoverException(other.id(), checked.facts().cpr() != null ? "person.cpr"
                : "person.caseNumber");
          });
    }
    String content = checked.content();
    Instant now = clock.instant();
    h.describe(checked.facts(), content);
    handovers.add(new HandoverRevision(id, h.revision(), content, lookup.supplier(), now));
    // an amendment after an information request answers it: ANSWERED, and a task for the kommune
    boolean answers = handovers.answerInfoRequests(id, h.revision()) > 0;
    h.resend(answers);
    handovers.flush();
    households.join(id, submission.familyHandovers());
    sent.fire(new HandoverSent(id, h.sender(), h.receivingKommune(), h.revision(), h.visitationDecisionDate(),
        h.completenessScore(), now));
    if (answers) {
      informationAnswered.fire(new InformationAnswered(id, h.sender(), h.receivingKommune(), h.revision(), now));
    }
    return view(h, false);
  }

  @Override
  public HandoverView withdraw(UUID id) {
    Handover h = lookup.forSender(id, "WITHDRAW", true);
    requireOpen(h, "withdrawn");
    Instant now = clock.instant();
    h.withdraw(now);
    handovers.flush();
    withdrawn.fire(new HandoverWithdrawn(id, h.sender(), h.receivingKommune(), now));
    return view(h, false);
  }

  @Override
  public HandoverView requestInformation(UUID id, InfoRequest request) {
    List<Problem.Violation> violations = new ArrayList<>();
    Set<String> known = Provenance.knownFields();
    for (int i = 0; i < request.fields().size(); i++) {
      if (!known.contains(request.fields().get(i))) {
        violations.add(new Problem.Violation("fields[" + i + "]", "is not a field of a handover"));
      }
    }
    if (request.fields().isEmpty()) {
      violations.add(new Problem.Violation("fields", "name at least one field"));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    Handover h = lookup.forKommune(id, "REQUEST_INFO", true);
    requireOpen(h, "asked for information");
    Instant now = clock.instant();
    List<String> fields = List.copyOf(new java.util.LinkedHashSet<>(request.fields()));
    handovers.add(new InformationRequest(id, fields, request.message(), caller.subject(), now));
    h.requestInformation();
    handovers.flush();
    informationRequested.fire(new InformationRequested(id, h.sender(), h.receivingKommune(), fields, now));
    return view(h, true);
  }

  @Override
  public HandoverView mergeInto(UUID id, UUID keptId) {
    if (id.equals(keptId)) {
      throw ProblemException.invalidField("otherId", "must name another handover than the one merged");
    }
    // the kommune's lock serialises merges with each other (no two handovers merged into each other) and with
    // duplicate checks
    handovers.lockKommune(caller.requireKommune().value());
    Handover merged = lookup.forKommune(id, "MERGE", true);
    Handover kept = lookup.forKommune(keptId, "MERGE_KEEP", true);
    if (merged.status() == HandoverStatus.MERGED && keptId.equals(merged.mergedInto())) {
      return view(merged, true);
    }
    requireOpen(merged, "merged");
    if (kept.status() == HandoverStatus.WITHDRAWN || kept.status() == HandoverStatus.MERGED) {
      throw ProblemException.conflict("The handover to keep is " + kept.status() + ": merge into one that is open "
          + "or taken over.");
    }
    if (!merged.personKey().equals(kept.personKey())) {
      throw ProblemException.conflict("The two handovers are not of the same person (their CPR numbers or case "
          + "numbers differ); only handovers of one person can be merged.");
    }
    merged.mergeInto(keptId, clock.instant());
    handovers.flush();
    return view(merged, true);
  }

  @Override
  public List<HandoverRevisionView> revisions(UUID id) {
    Handover h = lookup.visible(id, "READ_REVISIONS", false);
    var requests = handovers.infoRequests(id);
    boolean kommune = lookup.isKommune();
    List<UUID> duplicates = kommune ? duplicatesOf(h) : null;
    List<UUID> household = householdOf(h, kommune);
    List<HandoverRevision> kept = handovers.revisions(id);
    if (kept.stream().anyMatch(r -> HandoverViews.includesSpecialCategory(SubmissionJson.read(r.content())))) {
      accessLog.record(AccessLog.ART9_READ, HandoverLookup.RESOURCE, id, h.dataSubject());
    }
    return kept.stream().map(r -> {
      HandoverSubmission content = SubmissionJson.read(r.content());
      return new HandoverRevisionView(r.revision(), r.suppliedBy(), r.suppliedAt(),
          HandoverViews.view(h, content, r.revision(), rules.completenessOf(content), requests, kommune,
              duplicates, household));
    }).toList();
  }

  @Override
  public List<FieldProvenance> provenance(UUID id) {
    lookup.visible(id, "READ_PROVENANCE", false);
    return Provenance.of(handovers.revisions(id));
  }

  @Override
  public TakeoverResult takeover(UUID id, TakeoverRequest request) {
    // The row lock serialises concurrent takeovers of one handover: the first opens the case, the rest find it.
    Handover h = lookup.forKommune(id, "TAKEOVER", true);
    HandoverSubmission content = SubmissionJson.read(h.content());
    if (h.status() == HandoverStatus.TAKEN_OVER) {
      if (h.dependant()) {
        return result(h, cases.get(h.caseId(), false));
      }
      return result(h, cases.openFromHandover(id, newCase(h, content, h.cpr(), h.takeoverDate()), profile(content),
          handedOver(h, content)));
    }
    requireOpen(h, "taken over");
    LocalDate date = request.takeoverDate() != null ? request.takeoverDate() : h.expectedTakeoverDate();
    LocalDate birthDate = birthDate(content, h.cpr() != null ? h.cpr() : request.cpr());
    LocalDate childOn = date != null ? date : LocalDate.now(clock);
    if (birthDate != null && !birthDate.isAfter(childOn) && !ProgrammeAge.reachedOn(birthDate, childOn)) {
      return takeOverChild(h, content, birthDate, childOn);
    }
    requireKnownLanguages(content);
    String cpr = cprForCase(h, request);
    if (date == null) {
      throw ProblemException.invalidField("takeoverDate", "is required: the expected takeover date cannot be "
          + "computed without visitationDecisionDate (refugees) or cprRegistrationDate (quota refugees, "
          + "family-reunified)");
    }
    CaseView opened = cases.openFromHandover(id, newCase(h, content, cpr, date), profile(content),
        handedOver(h, content));
    Instant now = clock.instant();
    h.takeOver(opened.id(), opened.takeoverDate(), cpr, now);
    handovers.flush();
    takenOver.fire(new HandoverTakenOver(id, opened.id(), h.sender(), h.receivingKommune(),
        h.visitationDecisionDate(), opened.takeoverDate(), h.completenessScore(), now));
    takeChildrenAlong(h, opened);
    return result(h, opened);
  }

  /**
   * A child (under 18 on the takeover date) gets no programme of its own (integrationsloven § 16): it is registered
   * as a dependant on the case of an adult household member the kommune already took over. With none taken over yet,
   * the kommune takes over an adult first, and that takeover brings the child along ({@link #takeChildrenAlong}).
   */
  private TakeoverResult takeOverChild(Handover child, HandoverSubmission content, LocalDate birthDate,
      LocalDate date) {
    UUID parentCase = households.othersInKommune(child).stream()
        .filter(m -> m.status() == HandoverStatus.TAKEN_OVER && !m.dependant() && m.caseId() != null)
        .map(Handover::caseId).findFirst().orElseThrow(() -> ProblemException.conflict("The person is under 18 on "
            + "the takeover date, and the integration programme is for persons aged 18 or over (integrationsloven "
            + "§ 16). A child is registered as a dependant on an adult household member's case: take over an adult "
            + "of the household first (that takeover brings the child along). A child handed over without its family "
            + "needs the sender to name the family's handovers in familyHandovers."));
    return result(child, registerDependant(child, content, birthDate, parentCase, date));
  }

  /** The adult's takeover brings the household's open handovers of children in the kommune along, as dependants. */
  private void takeChildrenAlong(Handover adult, CaseView opened) {
    for (Handover member : households.othersInKommune(adult)) {
      if (!member.status().isOpen()) {
        continue;
      }
      HandoverSubmission content = SubmissionJson.read(member.content());
      LocalDate birthDate = birthDate(content, member.cpr());
      if (birthDate != null && !birthDate.isAfter(opened.takeoverDate())
          && !ProgrammeAge.reachedOn(birthDate, opened.takeoverDate())) {
        accessLog.record("TAKEOVER", HandoverLookup.RESOURCE, member.id(), member.dataSubject());
        registerDependant(member, content, birthDate, opened.id(), opened.takeoverDate());
      }
    }
  }

  private CaseView registerDependant(Handover child, HandoverSubmission content, LocalDate birthDate, UUID caseId,
      LocalDate date) {
    CaseView parent = cases.addDependant(caseId, new NewDependant(child.id(), content.person().name(), birthDate,
        date));
    Instant now = clock.instant();
    child.takeOverAsDependant(parent.id(), date, now);
    handovers.flush();
    takenOver.fire(new HandoverTakenOver(child.id(), parent.id(), child.sender(), child.receivingKommune(),
        child.visitationDecisionDate(), date, child.completenessScore(), now));
    return parent;
  }

  /** As handed over, or as the CPR number says; null when neither is known. */
  private static LocalDate birthDate(HandoverSubmission content, String cpr) {
    if (content.person().birthDate() != null) {
      return content.person().birthDate();
    }
    return cpr == null ? null : Cpr.parse(cpr).birthDate();
  }

  /**
   * The case accepts only languages {@link LanguageCode} knows. Submissions are checked for that, but a handover stored
   * before may name one the migration could not translate; the caseworker cannot fix the sender's content, so the
   * answer says to ask the sender for an amendment instead of reporting the field as the caseworker's mistake.
   */
  private static void requireKnownLanguages(HandoverSubmission content) {
    if (content.languages() == null) {
      return;
    }
    try {
      LanguageCode.allOf(content.languages().stream().map(l -> l == null ? null : l.language()).toList(), "languages");
    } catch (ProblemException e) {
      throw new ProblemException(409, "handover-needs-amendment", "The handover needs an amendment",
          "The handover's languages cannot be taken into a case as they are (see violations). Ask the sender for an "
              + "amendment: send an information request naming the field 'languages' (POST /api/v1/handovers/{id}/"
              + "info-requests), then take over the amended handover. Nothing was changed.", e.violations());
    }
  }

  /** The case needs a CPR number: the handover's, or one the kommune supplies now. */
  private static String cprForCase(Handover h, TakeoverRequest request) {
    if (h.cpr() != null) {
      if (request.cpr() != null && !Cpr.parse(request.cpr()).value().equals(h.cpr())) {
        throw ProblemException.invalidField("cpr", "differs from the CPR number in the handover");
      }
      return h.cpr();
    }
    if (request.cpr() == null) {
      throw ProblemException.invalidField("cpr", "is required: the handover has no CPR number yet");
    }
    return Cpr.parse(request.cpr()).value();
  }

  private static NewCase newCase(Handover h, HandoverSubmission s, String cpr, LocalDate takeoverDate) {
    return new NewCase(Cpr.parse(cpr).formatted(), s.person().name(), s.residenceBasis(),
        s.person().countryOfOrigin(), s.languages(), s.residencePermitDate(), s.visitationDecisionDate(),
        s.cprRegistrationDate(), takeoverDate, h.receivingKommune());
  }

  private static CompetenceProfile profile(HandoverSubmission s) {
    // the asylum phase screens no skills a vacancy could ask for; the kommune records them on the case
    return new CompetenceProfile(s.education(), s.workExperience(), s.drivingLicence(), List.of());
  }

  private static TakeoverResult result(Handover h, CaseView c) {
    return new TakeoverResult(h.id(), c.id(), h.dependant() ? h.takeoverDate() : c.takeoverDate(), c.firstOffer(),
        c.contract(), h.dependant());
  }

  /**
   * The rest of the handover's content for the case. Health information goes along only with the person's recorded
   * consent (a submission without one is refused, but the case must not depend on that).
   */
  private HandedOver handedOver(Handover h, HandoverSubmission s) {
    var classes = s.danishClasses() == null ? List.<HandedOver.DanishClass>of() : s.danishClasses().stream()
        .map(c -> new HandedOver.DanishClass(c.course(), c.hours(), c.completedOn())).toList();
    var offer = s.jobOffer() == null ? null
        : new HandedOver.JobOffer(s.jobOffer().description(), s.jobOffer().cvr(), s.jobOffer().igu());
    var health = s.health() == null || s.health().consent() == null || s.health().information() == null ? null
        : new HandedOver.Health(s.health().information(), s.health().consent().purpose(),
            s.health().consent().givenOn());
    return new HandedOver(households.householdOf(h.id()), s.notes(), classes, offer, health);
  }

  private void requireOwnFamily(HandoverSubmission s, String sender) {
    if (s.familyHandovers() == null || s.familyHandovers().isEmpty()) {
      return;
    }
    Set<UUID> ids = new HashSet<>(s.familyHandovers());
    if (handovers.countOfSender(ids, sender) != ids.size()) {
      throw ProblemException.invalidField("familyHandovers", "must name handovers you sent");
    }
  }

  private static void requireOpen(Handover h, String what) {
    if (!h.status().isOpen()) {
      throw ProblemException.conflict("The handover is " + h.status() + " and can no longer be " + what + ".");
    }
  }

  private HandoverView view(Handover h, boolean forKommune) {
    HandoverSubmission content = SubmissionJson.read(h.content());
    logSpecialCategory(h, content);
    return HandoverViews.view(h, content, h.revision(), rules.completenessOf(content),
        handovers.infoRequests(h.id()), forKommune, forKommune ? duplicatesOf(h) : null, householdOf(h, forKommune));
  }

  private List<UUID> householdOf(Handover h, boolean forKommune) {
    return households.membersOf(List.of(h), forKommune ? h.receivingKommune() : null).get(h.id());
  }

  /**
   * Health information is art. 9 data: an answer that shows it gets an access-log entry of its own beside the read's,
   * so the kommune's data protection officer sees exactly who saw it. Only the receiving kommune's caseworkers and
   * the sender who supplied it ever reach a handover's content.
   */
  private void logSpecialCategory(Handover h, HandoverSubmission content) {
    if (HandoverViews.includesSpecialCategory(content)) {
      accessLog.record(AccessLog.ART9_READ, HandoverLookup.RESOURCE, h.id(), h.dataSubject());
    }
  }

  private List<UUID> duplicatesOf(Handover h) {
    return handovers.possibleDuplicates(h.receivingKommune(), List.of(h)).get(h.id());
  }
}
