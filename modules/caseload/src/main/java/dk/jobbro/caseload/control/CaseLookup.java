package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.DanishTestPassed;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.problem.DuplicateOfException;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.api.shared.security.Roles;
import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.caseload.entity.CaseHandoverContent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Loads a case of the caller's kommune — another kommune's case is "not found", like one that does not exist —
 * writes the access-log row for what is done with it, and renders it.
 */
@ApplicationScoped
public class CaseLookup {

  public static final String RESOURCE = "case";

  @Inject
  CaseRepository cases;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  @Inject
  CaseloadSettings settings;

  @Inject
  Clock clock;

  @Inject
  CaseReadQuery readQuery;

  @Resource
  TransactionSynchronizationRegistry transactions;

  /** The case, if it is the caller's kommune's; the access is logged as {@code action}. */
  public CaseFile visible(UUID id, String action) {
    CaseFile caseFile = ofCallersKommune(id);
    accessLog.record(action, RESOURCE, id, caseFile.dataSubject());
    return caseFile;
  }

  /** The case if it belongs to the caller's kommune; any other id is a 404, whether or not the case exists. */
  private CaseFile ofCallersKommune(UUID id) {
    return cases.findInKommune(id, caller.requireKommune()).orElseThrow(CaseLookup::notFound);
  }

  private static ProblemException notFound() {
    return ProblemException.notFound("The case");
  }

  /**
   * A case read for its answer: the case of the caller's kommune rendered, and the read (with a READ_ART9 row beside
   * it when the answer shows health information) committed to the access log before the view is returned. Called
   * outside a transaction (a GET changes nothing), the case is read in one statement ({@link CaseReadQuery}, with the
   * same kommune check) and the log rows are committed with other requests' rows ({@link AccessLog#recordRead});
   * inside one, through the entity manager, with the log rows in that transaction. A view that could not be rendered
   * logs nothing, since nothing was shown.
   */
  public dk.jobbro.api.caseload.CaseView read(UUID id, String action, boolean fullCpr) {
    CaseFile caseFile;
    dk.jobbro.api.caseload.CaseView view;
    if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      // the common case, a GET: one statement, no entity manager (CaseReadQuery says why)
      var found = readQuery.find(id, caller.requireKommune()).orElseThrow(CaseLookup::notFound);
      caseFile = found.caseFile();
      view = view(caseFile, found.danishTests(), fullCpr);
    } else {
      // inside a transaction only the entity manager sees what the transaction has changed so far
      caseFile = ofCallersKommune(id);
      view = view(caseFile, fullCpr);
    }
    accessLog.recordRead(RESOURCE, id, caseFile.dataSubject(),
        showsHealth(view) ? List.of(action, AccessLog.ART9_READ) : List.of(action));
    return view;
  }

  /** The case for a change: visible and still at the version the caller saw (else 412). */
  public CaseFile forChange(UUID id, IfMatch version, String action) {
    CaseFile caseFile = visible(id, action);
    Versions.require(caseFile.version(), version);
    return caseFile;
  }

  /**
   * The 409 for a person who already has a case in the caller's kommune: it names that case, which the caller may
   * read. (A case in another kommune is never named: it is no conflict for the caller at all.)
   */
  /**
   * The 409 for a person whose integration programme runs in another kommune. It tells the caller that much and which
   * kommune holds it, nothing else (no case id, no name, no dates): a kommune that registers a person has the person
   * in front of it, and needs the kommune to ask for the case. The refusal is access-logged against that case.
   */
  public static ProblemException activeElsewhere(KommuneKode holding) {
    return new ProblemException(409, "active-programme-elsewhere", "The person is in a programme in another kommune",
        "A person is in one integration programme at a time. Kommune " + holding.value() + " holds this person's "
            + "active case: claim it with POST /api/v1/case-moves/claims (the CPR number in the body); kommune "
            + holding.value() + " accepts or declines, and the case moves with its whole history.",
        List.of(new Problem.Violation("cpr", "has an active integration programme in kommune " + holding.value())));
  }

  public static DuplicateOfException duplicateOf(UUID existingCase) {
    return new DuplicateOfException("This person already has a case in your kommune: duplicateOf names it.",
        "cpr", "v1/cases", existingCase);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Renders a case with everything derived from today's date. */
  public dk.jobbro.api.caseload.CaseView view(CaseFile caseFile, boolean fullCpr) {
    return view(caseFile, cases.danishTests(caseFile.id()), fullCpr);
  }

  /**
   * The answer to a case's registration. A case opened in this very transaction has passed no Danish test (tests are
   * added to a registered case, and nothing that observes its opening adds one), so its view is built without asking
   * for them: a query, and Hibernate's check of the whole new case for changes to flush before it, saved on the
   * commonest write.
   */
  public dk.jobbro.api.caseload.CaseView viewOfNew(CaseFile caseFile) {
    return view(caseFile, List.of(), false);
  }

  private dk.jobbro.api.caseload.CaseView view(CaseFile caseFile, List<DanishTestPassed> danishTests,
      boolean fullCpr) {
    LocalDate today = today();
    boolean gap = !gaps(List.of(caseFile)).isEmpty();
    // health information handed over with consent is for the kommune's caseworkers, not for every role reading cases.
    // Only a case opened from a handover has handed-over content and dependants (children come with a household
    // member's handover): a case registered directly is read without those two queries.
    boolean fromHandover = caseFile.handoverId() != null;
    CaseHandoverContent handedOver = fromHandover ? cases.handoverContent(caseFile.id()).orElse(null) : null;
    boolean health = caller.hasRole(Roles.CASEWORKER);
    var details = new CaseViews.Details(cases.householdOf(caseFile),
        fromHandover ? cases.dependants(caseFile.id()) : List.of(), handedOver, health);

    return CaseViews.of(caseFile, fullCpr, danishTests, gap, today, settings.dueSoonDays(),
        details);
  }

  /**
   * Renders a case for an answer to its reader: when the answer shows handed-over health information (art. 9 data),
   * that read gets an access-log entry of its own. Rendering a case that nobody is shown (the one a takeover opens)
   * goes through {@link #view} alone.
   */
  public dk.jobbro.api.caseload.CaseView shown(CaseFile caseFile, boolean fullCpr) {
    var view = view(caseFile, fullCpr);
    if (showsHealth(view)) {
      accessLog.record(AccessLog.ART9_READ, RESOURCE, caseFile.id(), caseFile.dataSubject());
    }
    return view;
  }

  private static boolean showsHealth(dk.jobbro.api.caseload.CaseView view) {
    return view.fromHandover() != null && view.fromHandover().health() != null;
  }

  /** The cases among these with a gap in the continuous company-oriented effort. */
  public Set<UUID> gaps(List<CaseFile> caseFiles) {
    LocalDate today = today();
    return cases.withoutCompanyEffortSince(caseFiles, today.minusWeeks(settings.maxGapWeeks()), today);
  }

  public int dueSoonDays() {
    return settings.dueSoonDays();
  }
}
