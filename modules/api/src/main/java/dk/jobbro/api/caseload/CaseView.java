package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.Gender;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case as the owning kommune sees it.
 *
 * @param id the case id (random, not guessable)
 * @param kommune the kommunekode of the kommune that holds the case
 * @param status ACTIVE or CLOSED
 * @param cpr masked (DDMMYY-xxxx) unless the full number was asked for
 * @param cprMasked whether {@code cpr} is masked
 * @param name the person's name
 * @param gender derived from the CPR number
 * @param birthDate derived from the CPR number
 * @param countryOfOrigin as registered
 * @param languages as registered
 * @param residenceBasis the legal basis of residence
 * @param residencePermitDate as registered
 * @param visitationDecisionDate as registered
 * @param cprRegistrationDate as registered
 * @param expectedTakeoverDate computed by the takeover rule, when the inputs are known
 * @param takeoverDate the date the kommune took over; an agreed date when {@code takeoverAgreed}
 * @param takeoverAgreed whether the takeover date was agreed rather than computed
 * @param programme the programme episode
 * @param contract the contract (kontrakt) deadline
 * @param firstOffer the first-offer clock
 * @param continuousEffortGap true when, after the first offer, no company-oriented offer has been active for longer
 *     than the configured number of weeks
 * @param jobReadiness the current visitation category
 * @param danish Danish education
 * @param selfSupporting how and when the person became self-supporting, if so
 * @param competences education, work experience and driving licence, as handed over or registered
 * @param handoverId the handover the case was opened from, if any
 * @param household the person's household members whose cases this kommune holds (family members handed over
 *     together); read on a single case, absent in lists
 * @param dependants children handed over with the family and registered on this case; read on a single case, absent in
 *     lists
 * @param fromHandover what the handover brought besides the person (the centre's notes, Danish classes, the job
 *     offer; health information only for the kommune's caseworkers); read on a single case, absent in lists and for
 *     a case registered by hand
 * @param assignedTo the assigned caseworker, if any
 * @param registeredAt when the case was registered
 * @param version the optimistic-locking version (also the ETag)
 */
@Schema(name = "CaseView", description = "A case as the owning kommune sees it")
public record CaseView(
    @NotNull UUID id,
    @NotNull String kommune,
    @NotNull CaseStatus status,
    @NotNull String cpr,
    boolean cprMasked,
    @NotNull String name,
    @NotNull Gender gender,
    @NotNull LocalDate birthDate,
    String countryOfOrigin,
    @NotNull List<Language> languages,
    @NotNull ResidenceBasis residenceBasis,
    LocalDate residencePermitDate,
    LocalDate visitationDecisionDate,
    LocalDate cprRegistrationDate,
    LocalDate expectedTakeoverDate,
    @NotNull LocalDate takeoverDate,
    boolean takeoverAgreed,
    @NotNull Programme programme,
    @NotNull Contract contract,
    @NotNull FirstOffer firstOffer,
    boolean continuousEffortGap,
    @NotNull JobReadiness jobReadiness,
    @NotNull Danish danish,
    SelfSupporting selfSupporting,
    CompetenceProfile competences,
    UUID handoverId,
    List<HouseholdMember> household,
    List<Dependant> dependants,
    FromHandover fromHandover,
    String assignedTo,
    @NotNull Instant registeredAt,
    long version) {

  /**
   * The programme episode; its label depends on the date and the residence basis, its type does not.
   *
   * @param label integrationsprogram, selvforsørgelses- og hjemrejseprogram or introduktionsprogram
   * @param start the takeover date
   * @param plannedEnd 1 year after the start unless extended (at most 5 years)
   * @param endDate when it ended, if it has
   * @param endReason why it ended
   */
  @Schema(name = "Programme")
  public record Programme(@NotNull String label, @NotNull LocalDate start, @NotNull LocalDate plannedEnd,
      LocalDate endDate,
      ProgrammeEndReason endReason) {}

  /**
   * The contract (kontrakt), due within 1 month of takeover.
   *
   * @param dueDate takeover + 1 calendar month
   * @param signedDate when it was signed
   * @param overdue not signed and the due date has passed
   */
  @Schema(name = "Contract")
  public record Contract(@NotNull LocalDate dueDate, LocalDate signedDate, boolean overdue) {}

  /**
   * The first company-oriented offer.
   *
   * @param targetDate takeover + 14 days
   * @param latestDate takeover + 1 calendar month (31 January gives 28/29 February)
   * @param metOn the start date of the first company-oriented offer, if any
   * @param status OPEN, DUE_SOON (the 14-day target is near), TARGET_MISSED (past the target, within the legal
   *     month), OVERDUE (past the legal month), MET_ON_TIME or MET_LATE
   * @param daysLeft days until the latest date while open (negative when overdue)
   */
  @Schema(name = "FirstOffer")
  public record FirstOffer(@NotNull LocalDate targetDate, @NotNull LocalDate latestDate, LocalDate metOn,
      @NotNull FirstOfferStatus status,
      Long daysLeft) {}

  /**
   * Danish education.
   *
   * @param track DU1, DU2 or DU3
   * @param module the module reached
   * @param testsPassed the tests passed, with dates
   */
  @Schema(name = "Danish")
  public record Danish(DanishTrack track, Integer module, @NotNull List<DanishTestPassed> testsPassed) {}

  /**
   * Self-support through an ordinary job or education.
   *
   * @param kind ORDINARY_JOB or EDUCATION
   * @param date from when
   */
  @Schema(name = "SelfSupporting")
  public record SelfSupporting(@NotNull SelfSupportingKind kind, LocalDate date) {}

  /**
   * A household member with a case in the same kommune; read that case for more.
   *
   * @param caseId the member's case
   * @param name the member's name
   */
  @Schema(name = "HouseholdMember")
  public record HouseholdMember(@NotNull UUID caseId, @NotNull String name) {}

  /**
   * A child registered on the case.
   *
   * @param name the child's name
   * @param birthDate the child's birth date
   * @param careNeed today: DAYCARE (dagtilbud) before school starts, SCHOOL during undervisningspligt, then
   *     YOUTH_EDUCATION
   * @param from when the kommune took the child over with the family
   * @param handoverId the child's handover
   */
  @Schema(name = "Dependant")
  public record Dependant(@NotNull String name, @NotNull LocalDate birthDate, @NotNull CareNeed careNeed,
      @NotNull LocalDate from, UUID handoverId) {}

  /**
   * What the handover brought besides the person and the competence profile.
   *
   * @param notes the centre's notes
   * @param danishClasses Danish tuition taken in the asylum centre
   * @param danishHours the hours of those classes, added up
   * @param jobOffer the job or IGU offer that influenced the visitation
   * @param health health information, handed over with the person's consent (GDPR art. 9, marked sensitive); only for
   *     the kommune's caseworkers, and each read that shows it is access-logged as READ_ART9
   */
  @Schema(name = "FromHandover")
  public record FromHandover(String notes, @NotNull List<HandedOver.DanishClass> danishClasses, int danishHours,
      HandedOver.JobOffer jobOffer, SensitiveHealthView health) {}
}
