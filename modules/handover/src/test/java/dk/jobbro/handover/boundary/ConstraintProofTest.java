package dk.jobbro.handover.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.caseload.LanguageLevel;
import dk.jobbro.api.caseload.ResidenceBasis;
import dk.jobbro.api.handover.HandoverSubmission;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConstraintProofTest {

  private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

  private static HandoverSubmission valid() {
    return new HandoverSubmission(new HandoverSubmission.Person("010190-1235", null, "Amina Haddad", null, null,
        "Syrien"), ResidenceBasis.REFUGEE, DAY, DAY, null, "101",
        List.of(new Language("ar", LanguageLevel.FLUENT)),
        List.of(new CompetenceProfile.Education(CompetenceProfile.EducationLevel.VOCATIONAL, 3, null, null, null)),
        List.of(new CompetenceProfile.WorkExperience("7115", "Tømrer", 6)), true,
        List.of(new HandoverSubmission.DanishClass("Fremrykket danskundervisning", 80, null)), null,
        new HandoverSubmission.JobOffer("IGU som tømrerlærling", "13748136", true), "Wants\nconstruction work",
        new HandoverSubmission.Health("Needs glasses", new HandoverSubmission.Consent("treatment", DAY)));
  }

  @Test
  void aRecordKeepingEveryConstraintIsShownValid() {
    assertThat(ConstraintProof.holds(valid())).isTrue();
  }

  /** Every kind of constraint the record carries, broken once: never shown valid, so the full validation runs. */
  static Stream<Arguments> broken() {
    return Stream.of(
        broken("no person (@NotNull)", s -> with(s, 0, null)),
        broken("a bad CPR number (@ValidCpr, cascaded)", s -> with(s, 0, person(s, "320190-1234", null, "Amina"))),
        broken("a blank name (@Text)", s -> with(s, 0, person(s, "010190-1235", null, " "))),
        broken("a case number with spaces (@Pattern)", s -> with(s, 0, person(s, null, "a b", "Amina"))),
        broken("no kommune (@NotNull)", s -> with(s, 5, null)),
        broken("a malformed kommune (@WellFormedKommuneKode)", s -> with(s, 5, "1x1")),
        broken("a date out of range (@DateRange)", s -> with(s, 3, LocalDate.of(1700, 1, 1))),
        broken("a null language (element @NotNull)", s -> with(s, 6, Arrays.asList((Language) null))),
        broken("a language without level (element cascade)", s -> with(s, 6, List.of(new Language("ar", null)))),
        broken("an unknown occupation (@KnownOccupationCode)",
            s -> with(s, 8, List.of(new CompetenceProfile.WorkExperience("000000", "x", 1)))),
        broken("an education without level", s -> with(s, 7,
            List.of(new CompetenceProfile.Education(null, 1, null, null, null)))),
        broken("a bad CVR (@ValidCvr)", s -> with(s, 12, new HandoverSubmission.JobOffer("job", "12345678", false))),
        broken("consent without date (two levels down)",
            s -> with(s, 14, new HandoverSubmission.Health("x", new HandoverSubmission.Consent("p", null)))),
        broken("a control character in the notes", s -> with(s, 13, "bell\u0007")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void aBrokenConstraintIsNeverShownValid(String what, HandoverSubmission record) {
    assertThat(ConstraintProof.holds(record)).isFalse();
  }

  record WithSize(@Size(max = 3) String code) {}

  @Test
  void aConstraintItDoesNotKnowLeavesTheRecordToTheFullValidation() {
    assertThat(ConstraintProof.holds(new WithSize("ab"))).isFalse();
  }

  private static Arguments broken(String what, UnaryOperator<HandoverSubmission> change) {
    return Arguments.of(what, change.apply(valid()));
  }

  private static HandoverSubmission.Person person(HandoverSubmission s, String cpr, String caseNumber, String name) {
    HandoverSubmission.Person p = s.person();
    return new HandoverSubmission.Person(cpr, caseNumber, name, p.birthDate(), p.gender(), p.countryOfOrigin());
  }

  /** The record with one component replaced, by its position. */
  private static HandoverSubmission with(HandoverSubmission s, int component, Object value) {
    try {
      var components = HandoverSubmission.class.getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = i == component ? value : components[i].getAccessor().invoke(s);
        types[i] = components[i].getType();
      }
      return HandoverSubmission.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
