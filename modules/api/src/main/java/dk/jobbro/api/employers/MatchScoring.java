package dk.jobbro.api.employers;

import dk.jobbro.api.caseload.CandidateMatch;
import dk.jobbro.api.caseload.CandidateQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one scoring function of matching, for both directions: a vacancy's candidates (caseload ranks them) and a
 * person's vacancies (employers ranks them). Each side gathers the same {@link Facts} about a pair in its own database
 * tables; the score and its explanation come from {@link #score} only, so a pair scores the same whichever side asks.
 * The databases order and limit with {@link #sql}, the same sum written in SQL next to the Java it must agree with.
 *
 * <p>Points (100 in all): occupation experience by the longest shared ISCO-08 prefix ({@value #OCCUPATION}, a quarter
 * per digit), the required languages at their minimum level ({@value #LANGUAGES}, shared equally), the required skills
 * ({@value #SKILLS}, shared equally), the driving licence when the vacancy needs one ({@value #DRIVING_LICENCE}),
 * education ({@value #EDUCATION} from upper-secondary or vocational up, half for lower-secondary) and availability
 * ({@value #AVAILABLE}: no company-oriented offer or IGU running or starting within
 * {@value #AVAILABILITY_HORIZON_DAYS} days). A requirement the vacancy does not make is met.
 */
public final class MatchScoring {

  public static final int OCCUPATION = 35;
  public static final int LANGUAGES = 25;
  public static final int SKILLS = 15;
  public static final int DRIVING_LICENCE = 5;
  public static final int EDUCATION = 5;
  public static final int AVAILABLE = 15;

  /**
   * A person whose planned or signed offer (or IGU) starts within this many days is spoken for: a consultant calling
   * them about a new job would be wasting everyone's time.
   */
  public static final int AVAILABILITY_HORIZON_DAYS = 28;

  /** The education rank (EducationLevel ordinal) from which the full education points are given: upper-secondary. */
  static final int FULL_EDUCATION_RANK = 3;

  private MatchScoring() {}

  /**
   * What is known about one person-vacancy pair.
   *
   * @param occupationCode the vacancy's ISCO-08 code
   * @param occupationDigits the longest prefix of it shared with any of the person's work experience, 0 to 4
   * @param languages the vacancy's required languages
   * @param languagesMet per required language, in the same order, whether the person speaks it well enough
   * @param skills the vacancy's required skills
   * @param skillsMet per required skill, in the same order, whether the person has it
   * @param drivingLicenceRequired whether the vacancy needs a driving licence
   * @param drivingLicence whether the person holds one (false when unknown)
   * @param educationRank the person's highest education level as its ordinal, -1 when none is recorded
   * @param available whether the person is available ({@link #busy})
   */
  public record Facts(String occupationCode, int occupationDigits, List<CandidateQuery.Requirement> languages,
      List<Boolean> languagesMet, List<String> skills, List<Boolean> skillsMet, boolean drivingLicenceRequired,
      boolean drivingLicence, int educationRank, boolean available) {}

  /** A pair's score, 0 to 100, with each requirement's share. */
  public record Score(int total, List<CandidateMatch.Criterion> explanation) {}

  public static int occupationPoints(int digits) {
    return Math.max(0, Math.min(4, digits)) * OCCUPATION / 4;
  }

  /** Points for {@code met} of {@code required}; no requirement counts as fully met. */
  public static int sharePoints(int met, int required, int points) {
    return required == 0 ? points : met * points / required;
  }

  public static int educationPoints(int rank) {
    return rank >= FULL_EDUCATION_RANK ? EDUCATION : rank == FULL_EDUCATION_RANK - 1 ? EDUCATION / 2 : 0;
  }

  public static int drivingLicencePoints(boolean required, boolean held) {
    return !required || held ? DRIVING_LICENCE : 0;
  }

  /** Skills are free text; they match when equal after trimming, without case. */
  public static String normaliseSkill(String skill) {
    return skill.strip().toLowerCase(Locale.ROOT);
  }

  public static Score score(Facts f) {
    List<CandidateMatch.Criterion> why = new ArrayList<>();
    int occ = occupationPoints(f.occupationDigits());
    why.add(new CandidateMatch.Criterion("occupation " + f.occupationCode(), f.occupationDigits() > 0, occ,
        f.occupationDigits() == 0 ? "no experience in the same ISCO-08 major group"
            : "experience sharing " + f.occupationDigits() + " digit(s) of the ISCO-08 code"));
    int languages = shared(why, f.languages().stream().map(r -> "language " + r.language() + " " + r.level()).toList(),
        f.languagesMet(), LANGUAGES, "languages", "no language required", "spoken at this level or better",
        "not spoken at this level");
    int skills = shared(why, f.skills().stream().map(s -> "skill " + s).toList(), f.skillsMet(), SKILLS, "skills",
        "no skill required", "has it", "not recorded for the person");
    int licence = drivingLicencePoints(f.drivingLicenceRequired(), f.drivingLicence());
    why.add(new CandidateMatch.Criterion("driving licence", licence > 0, licence,
        !f.drivingLicenceRequired() ? "not required" : f.drivingLicence() ? "holds one" : "none recorded"));
    int edu = educationPoints(f.educationRank());
    why.add(new CandidateMatch.Criterion("education", edu == EDUCATION, edu,
        f.educationRank() < 0 ? "no education recorded" : "highest level rank " + f.educationRank()));
    int available = f.available() ? AVAILABLE : 0;
    why.add(new CandidateMatch.Criterion("available", f.available(), available, f.available()
        ? "no company-oriented offer or IGU running or starting within " + AVAILABILITY_HORIZON_DAYS + " days"
        : "a company-oriented offer or IGU is running or starts within " + AVAILABILITY_HORIZON_DAYS + " days"));
    return new Score(occ + languages + skills + licence + edu + available, List.copyOf(why));
  }

  /** Adds one criterion per requirement (or one saying there is none) and returns the points they share. */
  private static int shared(List<CandidateMatch.Criterion> why, List<String> names, List<Boolean> met, int points,
      String noneName, String noneDetail, String metDetail, String missedDetail) {
    int count = (int) met.stream().filter(Boolean::booleanValue).count();
    int total = sharePoints(count, names.size(), points);
    if (names.isEmpty()) {
      why.add(new CandidateMatch.Criterion(noneName, true, total, noneDetail));
    }
    for (int i = 0; i < names.size(); i++) {
      boolean ok = met.get(i);
      why.add(new CandidateMatch.Criterion(names.get(i), ok, ok ? total / count : 0, ok ? metDetail : missedDetail));
    }
    return total;
  }

  /**
   * The same sum as {@link #score} as a PostgreSQL integer expression over SQL expressions for each fact, for
   * ordering and limiting in the database. Every argument is an SQL expression the caller builds (never user text).
   *
   * @param digits the shared occupation prefix, 0 to 4
   * @param languagesMet / languagesRequired counts
   * @param skillsMet / skillsRequired counts
   * @param licenceOk a boolean: not required, or held
   * @param educationRank the highest education ordinal, -1 when none
   * @param available a boolean
   */
  public static String sql(String digits, String languagesMet, String languagesRequired, String skillsMet,
      String skillsRequired, String licenceOk, String educationRank, String available) {
    return "((" + digits + ") * " + OCCUPATION + " / 4"
        + " + " + share(languagesMet, languagesRequired, LANGUAGES)
        + " + " + share(skillsMet, skillsRequired, SKILLS)
        + " + (case when " + licenceOk + " then " + DRIVING_LICENCE + " else 0 end)"
        + " + (case when (" + educationRank + ") >= " + FULL_EDUCATION_RANK + " then " + EDUCATION
        + " when (" + educationRank + ") = " + (FULL_EDUCATION_RANK - 1) + " then " + EDUCATION / 2 + " else 0 end)"
        + " + (case when " + available + " then " + AVAILABLE + " else 0 end))";
  }

  private static String share(String met, String required, int points) {
    return "(case when (" + required + ") = 0 then " + points + " else ((" + met + ") * " + points + " / ("
        + required + ")) end)";
  }
}
