package dk.jobbro.api.handover;

import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.caseload.ResidenceBasis;
import dk.jobbro.api.shared.Gender;
import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Text;
import dk.jobbro.api.shared.validation.ValidCpr;
import dk.jobbro.api.shared.validation.ValidCvr;
import dk.jobbro.api.shared.validation.WellFormedKommuneKode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an asylum operator hands over to the receiving kommune (the overgivelsesskema as data). The same shape is
 * sent on creation and, complete, on every amendment; every version is kept.
 *
 * @param person who the person is: a CPR number when assigned, otherwise the immigration-service case number
 * @param residenceBasis the legal basis of residence
 * @param residencePermitDate when residence was granted
 * @param visitationDecisionDate the visitation decision (refugees): starts the takeover rule
 * @param cprRegistrationDate CPR registration in the kommune (quota refugees, family-reunified): the takeover date
 * @param receivingKommune the kommunekode of the kommune the person is visited to
 * @param languages the languages the person speaks, with levels (CEFR or NONE/BASIC/GOOD/FLUENT)
 * @param education education completed or begun
 * @param workExperience jobs held, by ISCO-08/DISCO-08 occupation
 * @param drivingLicence whether the person holds a driving licence
 * @param danishClasses Danish tuition taken in the asylum centre
 * @param familyHandovers ids of the sender's handovers of family members handed over together
 * @param jobOffer a job or IGU offer that influenced the visitation
 * @param notes free-text notes from the centre
 * @param health health information; only with the person's recorded consent
 */
@Schema(name = "HandoverSubmission", description = "A handover from the asylum phase to the receiving kommune",
    example = """
    {"person": {"cpr": "010190-1235", "name": "Amina Haddad", "countryOfOrigin": "Syrien"},
     "residenceBasis": "REFUGEE", "residencePermitDate": "2026-09-14", "visitationDecisionDate": "2026-10-05",
     "receivingKommune": "101", "languages": [{"language": "ar", "level": "FLUENT"}],
     "workExperience": [{"occupationCode": "7115", "description": "Tømrer", "years": 6}],
     "danishClasses": [{"course": "Fremrykket danskundervisning", "hours": 80}], "notes": "Wants construction work"}""")
public record HandoverSubmission(
    @NotNull(message = "is required") @Valid Person person,
    @NotNull(message = "is required") ResidenceBasis residenceBasis,
    @DateRange LocalDate residencePermitDate,
    @DateRange LocalDate visitationDecisionDate,
    @DateRange LocalDate cprRegistrationDate,
    @NotNull(message = "is required") @WellFormedKommuneKode String receivingKommune,
    List<@Valid @NotNull(message = "must not be null") Language> languages,
    List<CompetenceProfile.@Valid @NotNull(message = "must not be null") Education> education,
    List<CompetenceProfile.@Valid @NotNull(message = "must not be null") WorkExperience> workExperience,
    Boolean drivingLicence,
    List<@Valid @NotNull(message = "must not be null") DanishClass> danishClasses,
    List<@NotNull(message = "must not be null") UUID> familyHandovers,
    @Valid JobOffer jobOffer,
    @Text(max = 4000, required = false, multiline = true) String notes,
    @Valid Health health) {

  /**
   * The person handed over.
   *
   * @param cpr the CPR number, DDMMYY-SSSS, when assigned; never echoed in full
   * @param caseNumber the immigration service's case number, when there is no CPR number yet
   * @param name full name
   * @param birthDate birth date; derived from the CPR number when absent
   * @param gender derived from the CPR number when absent
   * @param countryOfOrigin country of origin
   */
  @Schema(name = "HandoverPerson")
  public record Person(
      @ValidCpr String cpr,
      @Pattern(regexp = "[A-Za-z0-9/-]{1,30}", message = "must be 1 to 30 letters, digits, '-' or '/'")
          String caseNumber,
      @Text(max = 200) String name,
      @DateRange LocalDate birthDate,
      Gender gender,
      @Text(max = 80, required = false) String countryOfOrigin) {}

  /**
   * Danish tuition taken in the asylum centre (e.g. fremrykket danskundervisning, Tjek DK).
   *
   * @param course what it was
   * @param hours lessons attended, in hours
   * @param completedOn when it ended, if it has
   */
  @Schema(name = "DanishClass")
  public record DanishClass(@Text(max = 200) String course, Integer hours, @DateRange LocalDate completedOn) {}

  /**
   * A job or IGU offer that influenced the visitation decision.
   *
   * @param description the offer, free text
   * @param cvr the employer's CVR number, if known
   * @param igu whether it is an IGU offer
   */
  @Schema(name = "JobOffer")
  public record JobOffer(@Text(max = 1000, multiline = true) String description, @ValidCvr String cvr, Boolean igu) {}

  /**
   * Health information, which may only be handed over with the person's consent.
   *
   * @param information what the kommune should know
   * @param consent the recorded consent; required with the information
   */
  @Schema(name = "HealthInformation")
  public record Health(@Text(max = 4000, required = false, multiline = true) String information,
      @Valid Consent consent) {}

  /**
   * The person's consent to hand over health information.
   *
   * @param purpose what the information may be used for
   * @param givenOn when the consent was given
   */
  @Schema(name = "Consent")
  public record Consent(@Text(max = 500, multiline = true) String purpose,
      @NotNull(message = "is required") @DateRange LocalDate givenOn) {}
}
