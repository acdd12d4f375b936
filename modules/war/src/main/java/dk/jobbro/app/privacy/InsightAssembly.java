package dk.jobbro.app.privacy;

import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.audit.DataSubject;
import dk.jobbro.api.shared.audit.DataSubjects;
import dk.jobbro.api.shared.privacy.InsightContributor;
import dk.jobbro.api.shared.privacy.InsightSection;
import dk.jobbro.api.shared.privacy.InsightSubject;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Puts a person's insight together from every module's contribution, for the kommune that holds the case (another
 * kommune's case is "not found", as everywhere), and logs it once as an export of the person's data.
 */
@ApplicationScoped
@Transactional
public class InsightAssembly {

  static final String RESOURCE = "case-insight";

  /** The order a reader meets the sections in: the case, what happened in it, where it came from, then who looked. */
  static final List<String> ORDER = List.of("case", "competences", "offers", "benefits", "assessments", "danish",
      "moves", "igu-placements", "igu-bonus-milestones", "match-requests", "handovers", "handover-versions",
      "handover-provenance", "handover-information-requests", "from-handover", "dependants", "journal", "tasks",
      "access-log");

  @Inject
  Instance<InsightContributor> contributors;

  @Inject
  DataSubjects dataSubjects;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  @Inject
  KommuneRegistry kommuner;

  @Inject
  Clock clock;

  public Insight of(UUID caseId) {
    // a caseworker or the kommune's data protection officer: either way the token's kommune (roles: the resource)
    String kommune = caller.kommune().filter(kommuner::isKnown).map(KommuneKode::value)
        .orElseThrow(() -> ProblemException.forbidden("Your token carries no valid 'kommune' claim."));
    DataSubject person = dataSubjects.ofCase(caseId).filter(p -> kommune.equals(p.kommune()))
        .orElseThrow(() -> ProblemException.notFound("The case"));
    InsightSubject subject = new InsightSubject(caseId, person.cpr(), kommune);
    List<InsightSection> sections = new ArrayList<>();
    for (InsightContributor contributor : contributors) {
      sections.addAll(contributor.sections(subject));
    }
    sections.sort(Comparator.comparingInt(InsightAssembly::position).thenComparing(InsightSection::key));
    // logged after the access-log section was read, so the export's own row is in the next insight, not this one
    accessLog.record("EXPORT", RESOURCE, caseId, person);
    return new Insight(caseId, kommune, clock.instant(), sections);
  }

  static int position(InsightSection section) {
    int i = ORDER.indexOf(section.key());
    return i < 0 ? ORDER.size() : i;
  }
}
