package dk.jobbro.handover.control;

import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.shared.LanguageCode;
import dk.jobbro.api.caseload.TakeoverDates;
import dk.jobbro.api.handover.Completeness;
import dk.jobbro.api.handover.HandoverSubmission;
import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.handover.entity.Handover;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The checks a handover needs beyond its field constraints — a known receiving kommune, an identity, consent for
 * health data — and the facts derived from it: birth date and gender from the CPR number, the expected takeover date
 * by caseload's rule, the completeness score.
 */
@ApplicationScoped
public class SubmissionRules {

  @Inject
  KommuneRegistry kommuner;

  @Inject
  TakeoverDates takeoverDates;

  @Inject
  CompletenessWeights completeness;

  /**
   * The submission as it is stored, with its derived facts.
   *
   * @param submission birth date and gender filled in from the CPR number when absent, languages as ISO 639-1 codes
   * @param facts the columns the inbox needs
   * @param completeness score and missing fields
   * @param content the stored form (canonical JSON) of {@code submission}
   */
  public record Checked(HandoverSubmission submission, Handover.Facts facts, Completeness completeness,
      String content) {}

  /** @throws ProblemException 400 naming every field that fails */
  public Checked check(HandoverSubmission s) {
    return check(s, PersonalDataCipher.configured().blindIndexer());
  }

  /**
   * As {@link #check(HandoverSubmission)}, with the blind indexer of a thread that checks many submissions (a batch's
   * slice), so the index key is read and the HMAC set up once per slice rather than once per record.
   *
   * @throws ProblemException 400 naming every field that fails
   */
  public Checked check(HandoverSubmission s, PersonalDataCipher.BlindIndexer index) {
    List<Problem.Violation> violations = new ArrayList<>();
    HandoverSubmission.Person person = s.person();
    Cpr cpr = person.cpr() == null ? null : Cpr.parse(person.cpr());
    if (cpr == null && blank(person.caseNumber())) {
      violations.add(new Problem.Violation("person.cpr", "give the CPR number or, before one is assigned, the "
          + "immigration service's case number"));
      violations.add(new Problem.Violation("person.caseNumber", "give the CPR number or, before one is assigned, "
          + "the immigration service's case number"));
    }
    if (cpr != null && person.birthDate() != null && !person.birthDate().equals(cpr.birthDate())) {
      violations.add(new Problem.Violation("person.birthDate", "does not match the CPR number"));
    }
    if (cpr != null && person.gender() != null && person.gender() != cpr.gender()) {
      violations.add(new Problem.Violation("person.gender", "does not match the CPR number"));
    }
    if (!kommuner.isKnown(KommuneKode.parse(s.receivingKommune()))) {
      violations.add(new Problem.Violation("receivingKommune", "is not a known kommune"));
    }
    if (s.health() != null && !blank(s.health().information()) && s.health().consent() == null) {
      violations.add(new Problem.Violation("health.information", "health information may only be handed over "
          + "with the person's recorded consent: give health.consent with purpose and givenOn"));
    }
    ranges(s, violations);
    List<Language> languages = languageCodes(s.languages(), violations);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    HandoverSubmission stored = withDerivedPerson(s, cpr, languages);
    Completeness score = completeness.score(stored);
    var expected = takeoverDates.expected(s.residenceBasis(), s.visitationDecisionDate(), s.cprRegistrationDate())
        .orElse(null);
    String caseNumber = blank(person.caseNumber()) ? null : person.caseNumber().strip();
    String personKey = cpr != null ? personKey(cpr, index) : "case:" + caseNumber.toUpperCase(java.util.Locale.ROOT);
    return new Checked(stored, new Handover.Facts(cpr == null ? null : cpr.value(), caseNumber, personKey,
        person.name().strip(), s.visitationDecisionDate(), expected, score.score()), score,
        SubmissionJson.write(stored));
  }

  /**
   * How handovers of a person with a CPR number are recognised: {@code cpr:} and the number's blind index (64 hex
   * digits), so the column never holds the number itself yet equal numbers give equal keys.
   */
  public static String personKey(Cpr cpr) {
    return personKey(cpr, PersonalDataCipher.configured().blindIndexer());
  }

  private static String personKey(Cpr cpr, PersonalDataCipher.BlindIndexer index) {
    return "cpr:" + index.indexHex(cpr.value());
  }

  /** The completeness of stored content (already checked). */
  public Completeness completenessOf(HandoverSubmission stored) {
    return completeness.score(stored);
  }

  /** Counts and years that cannot be negative or absurd; checked here because @Min/@Max crash Payara's OpenAPI. */
  private static void ranges(HandoverSubmission s, List<Problem.Violation> violations) {
    if (s.education() != null) {
      for (int i = 0; i < s.education().size(); i++) {
        range(s.education().get(i).years(), 0, 30, "education[" + i + "].years", violations);
      }
    }
    if (s.workExperience() != null) {
      for (int i = 0; i < s.workExperience().size(); i++) {
        range(s.workExperience().get(i).years(), 0, 60, "workExperience[" + i + "].years", violations);
      }
    }
    if (s.danishClasses() != null) {
      for (int i = 0; i < s.danishClasses().size(); i++) {
        range(s.danishClasses().get(i).hours(), 0, 5000, "danishClasses[" + i + "].hours", violations);
      }
    }
  }

  private static void range(Integer value, int min, int max, String field, List<Problem.Violation> violations) {
    if (value != null && (value < min || value > max)) {
      violations.add(new Problem.Violation(field, "must be between " + min + " and " + max));
    }
  }

  /**
   * The languages as ISO 639-1 codes, as the case will hold them: refused here, where the sender can correct them,
   * rather than at takeover.
   */
  private static List<Language> languageCodes(List<Language> languages, List<Problem.Violation> violations) {
    if (languages == null) {
      return null;
    }
    try {
      List<LanguageCode> codes = LanguageCode.allOf(languages.stream().map(Language::language).toList(), "languages");
      return IntStream.range(0, languages.size())
          .mapToObj(i -> new Language(codes.get(i).value(), languages.get(i).level())).toList();
    } catch (ProblemException e) {
      violations.addAll(e.violations());
      return languages;
    }
  }

  private static HandoverSubmission withDerivedPerson(HandoverSubmission s, Cpr cpr, List<Language> languages) {
    HandoverSubmission.Person p = s.person();
    HandoverSubmission.Person derived = cpr == null ? p : new HandoverSubmission.Person(cpr.formatted(),
        p.caseNumber(), p.name(), cpr.birthDate(), cpr.gender(), p.countryOfOrigin());
    return new HandoverSubmission(derived, s.residenceBasis(), s.residencePermitDate(), s.visitationDecisionDate(),
        s.cprRegistrationDate(), s.receivingKommune(), languages, s.education(), s.workExperience(),
        s.drivingLicence(), s.danishClasses(), s.familyHandovers(), s.jobOffer(), s.notes(), s.health());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
