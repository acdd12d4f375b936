package dk.jobbro.handover.control;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.caseload.LanguageLevel;
import dk.jobbro.api.caseload.ResidenceBasis;
import dk.jobbro.api.handover.HandoverSubmission;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainRecordReaderTest {

  private static final String FAMILY = "0b6a5f4e-2d1c-4b3a-9f8e-7d6c5b4a3f2e";

  private static final String PLAIN = """
      {"person": {"cpr": "010190-1235", "name": "Amina Haddad", "countryOfOrigin": "Syrien"},
       "residenceBasis": "REFUGEE", "residencePermitDate": "2026-09-14", "visitationDecisionDate": "2026-10-05",
       "receivingKommune": "101",
       "languages": [{"language": "ar", "level": "FLUENT"}, {"language": "en", "level": "B1"}],
       "education": [{"level": "VOCATIONAL", "years": -3, "recognised": false}],
       "workExperience": [{"occupationCode": "7115", "description": "Tømrer \\u00e6\\"x\\"", "years": 6}],
       "drivingLicence": true, "notes": null,
       "danishClasses": [{"course": "Fremrykket danskundervisning", "hours": 80}],
       "familyHandovers": ["%s", null],
       "jobOffer": {"description": "IGU som tømrerlærling", "cvr": "13748136", "igu": true}}""".formatted(FAMILY);

  @Test
  void thePlainShapeIsBoundComponentByComponent() {
    HandoverSubmission s = PlainRecordReader.read(PLAIN, HandoverSubmission.class).orElseThrow();

    assertThat(s.person()).isEqualTo(new HandoverSubmission.Person("010190-1235", null, "Amina Haddad", null, null,
        "Syrien"));
    assertThat(s.residenceBasis()).isEqualTo(ResidenceBasis.REFUGEE);
    assertThat(s.residencePermitDate()).isEqualTo(LocalDate.of(2026, 9, 14));
    assertThat(s.visitationDecisionDate()).isEqualTo(LocalDate.of(2026, 10, 5));
    assertThat(s.cprRegistrationDate()).isNull();
    assertThat(s.receivingKommune()).isEqualTo("101");
    assertThat(s.languages()).containsExactly(new Language("ar", LanguageLevel.FLUENT),
        new Language("en", LanguageLevel.B1));
    assertThat(s.education()).containsExactly(new CompetenceProfile.Education(
        CompetenceProfile.EducationLevel.VOCATIONAL, -3, null, null, false));
    assertThat(s.workExperience()).containsExactly(new CompetenceProfile.WorkExperience("7115", "Tømrer æ\"x\"", 6));
    assertThat(s.drivingLicence()).isTrue();
    assertThat(s.danishClasses()).containsExactly(new HandoverSubmission.DanishClass(
        "Fremrykket danskundervisning", 80, null));
    assertThat(s.familyHandovers()).containsExactly(UUID.fromString(FAMILY), null);
    assertThat(s.jobOffer()).isEqualTo(new HandoverSubmission.JobOffer("IGU som tømrerlærling", "13748136", true));
    assertThat(s.notes()).isNull();
    assertThat(s.health()).isNull();
  }

  record Renamed(@jakarta.json.bind.annotation.JsonbProperty("given_name") String givenName, Integer age) {}

  record Unnamed(String givenName, Integer age) {}

  @Test
  void aRecordThatCustomisesItsJsonBindingIsNeverPlain() {
    assertThat(PlainRecordReader.read("{\"givenName\": \"Amina\", \"age\": 30}", Unnamed.class))
        .contains(new Unnamed("Amina", 30));
    // JSON-B reads this record by the name "given_name": the reader, which knows only component names, declines both
    assertThat(PlainRecordReader.read("{\"givenName\": \"Amina\", \"age\": 30}", Renamed.class)).isEmpty();
    assertThat(PlainRecordReader.read("{\"given_name\": \"Amina\", \"age\": 30}", Renamed.class)).isEmpty();
  }

  /** Each of these is either faulty or unusual: the full strict reading must see it, so the reader declines. */
  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "{\"receivingKommune\": \"101\", \"receivingKommune\": \"851\"}",
      "{\"receivingKommune\": \"101\", \"unknown\": 1}",
      "{\"receivingKommune\": 101}",
      "{\"drivingLicence\": \"true\"}",
      "{\"danishClasses\": [{\"hours\": 80.0}]}",
      "{\"danishClasses\": [{\"hours\": 1e2}]}",
      "{\"danishClasses\": [{\"hours\": \"80\"}]}",
      "{\"danishClasses\": [{\"hours\": 12345678901}]}",
      "{\"person\": [{\"name\": \"Amina\"}]}",
      "{\"person\": {\"name\": \"Amina\\u0007\"}}",
      "{\"residenceBasis\": \"refugee\"}",
      "{\"visitationDecisionDate\": \"2026-02-30\"}",
      "{\"visitationDecisionDate\": \"2026-2-3\"}",
      "{\"familyHandovers\": [\"not-a-uuid\"]}",
      "{\"languages\": {\"language\": \"ar\"}}",
      "[]",
      "null",
      "5"})
  void anythingElseIsLeftToTheFullReading(String json) {
    assertThat(PlainRecordReader.read(json, HandoverSubmission.class)).isEmpty();
  }
}
