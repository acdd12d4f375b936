package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.CandidateMatch;
import dk.jobbro.api.caseload.CandidateQuery;
import dk.jobbro.api.caseload.CandidateSearch;
import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.caseload.LanguageLevel;
import dk.jobbro.api.employers.MatchScoring;
import dk.jobbro.api.shared.Gender;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.security.KeyedHash;
import dk.jobbro.caseload.control.CandidateQueries;
import dk.jobbro.caseload.control.CaseLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The candidate search over caseload's tables (scored in SQL by {@link CandidateQueries}), with the explanation of
 * each score and match references that are a keyed hash of vacancy and case: unguessable, and useless for any other
 * vacancy, so a pseudonymised profile cannot be linked across vacancies by its reference.
 */
@ApplicationScoped
@Transactional
public class DefaultCandidateSearch implements CandidateSearch {

  /** How far down the ranking a match reference is looked for when a request is made. */
  static final int REFERENCE_DEPTH = 1_000;
  static final int MAX_LIMIT = 200;
  private static final CompetenceProfile.EducationLevel[] EDUCATION = CompetenceProfile.EducationLevel.values();

  @Inject
  CandidateQueries queries;

  @Inject
  AccessLog accessLog;

  @Inject
  Clock clock;

  @Inject
  @ConfigProperty(name = KeyedHash.MATCHING_KEY)
  Optional<String> referenceKey;

  @Override
  public List<CandidateMatch> search(CandidateQuery query) {
    LocalDate today = LocalDate.now(clock);
    int limit = Math.max(1, Math.min(MAX_LIMIT, query.limit()));
    return queries.best(query, today, limit).stream().map(r -> match(query, r, today)).toList();
  }

  @Override
  public Optional<CandidateMatch> byReference(CandidateQuery query, String matchRef) {
    LocalDate today = LocalDate.now(clock);
    return queries.best(query, today, REFERENCE_DEPTH).stream()
        .filter(r -> reference(query.context(), r.id()).equals(matchRef)).findFirst()
        .map(r -> match(query, r, today));
  }

  @Override
  public Optional<RevealedCandidate> reveal(UUID caseId) {
    return queries.identity(caseId).map(r -> {
      accessLog.recordCases("READ_MATCHED", CaseLookup.RESOURCE, caseId, List.of(caseId));
      return new RevealedCandidate((UUID) r[0], (String) r[1], ((String) r[2]).strip());
    });
  }

  private CandidateMatch match(CandidateQuery q, CandidateQueries.Row r, LocalDate today) {
    List<CandidateQuery.Requirement> reqs = q.languages() == null ? List.of() : q.languages();
    List<Boolean> languagesMet = new ArrayList<>();
    for (boolean b : r.languagesMet()) {
      languagesMet.add(b);
    }
    List<String> skills = CandidateQueries.skills(q);
    java.util.Set<String> held = r.skills() == null ? java.util.Set.of()
        : java.util.Set.copyOf(Arrays.asList(r.skills().split("\\|")));
    // the score and its explanation come from the one scoring function both directions of matching use
    MatchScoring.Score score = MatchScoring.score(new MatchScoring.Facts(q.occupationCode(), r.occupationDigits(),
        reqs, languagesMet, skills, skills.stream().map(held::contains).toList(), q.drivingLicenceRequired(),
        r.drivingLicence(), r.educationRank(), r.available()));
    CompetenceProfile.EducationLevel education = r.educationRank() < 0 ? null : EDUCATION[r.educationRank()];
    int age = Period.between(r.birthDate(), today).getYears();
    return new CandidateMatch(r.id(), r.name(), reference(q.context(), r.id()), r.kommune(),
        Math.round(q.kommuner().getOrDefault(r.kommune(), 0.0) * 10) / 10.0, ageBand(age),
        Gender.valueOf(r.gender()), languages(r.languages()), education,
        r.occupations() == null ? List.of() : Arrays.stream(r.occupations().split(",")).sorted().toList(),
        r.available(), score.total(), score.explanation());
  }

  /** Five-year bands from 25, so a profile does not give away a birth date. */
  static String ageBand(int age) {
    if (age < 25) {
      return "18-24";
    }
    if (age >= 60) {
      return "60+";
    }
    int from = age / 5 * 5;
    return from + "-" + (from + 4);
  }

  private static List<Language> languages(String spoken) {
    if (spoken == null || spoken.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(spoken.split(",")).map(s -> {
      int colon = s.lastIndexOf(':');
      return new Language(s.substring(0, colon), LanguageLevel.valueOf(s.substring(colon + 1)));
    }).toList();
  }

  String reference(UUID context, UUID caseId) {
    return HexFormat.of().formatHex(KeyedHash.hmac(referenceKey, KeyedHash.MATCHING_KEY, context + ":" + caseId), 0,
        16);
  }
}
