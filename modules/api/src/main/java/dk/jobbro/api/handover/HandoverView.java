package dk.jobbro.api.handover;

import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.Language;
import dk.jobbro.api.caseload.ResidenceBasis;
import dk.jobbro.api.caseload.SensitiveHealthView;
import dk.jobbro.api.shared.Gender;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A handover as its sender or its receiving kommune sees it. The CPR number is always masked; the case id is shown to
 * the receiving kommune only, never to the sender.
 *
 * @param id the handover id
 * @param sender who sent it (the token's sender claim)
 * @param receivingKommune the kommunekode of the receiving kommune
 * @param status where it stands
 * @param person the person, CPR masked (DDMMYY-xxxx)
 * @param residenceBasis as handed over
 * @param residencePermitDate as handed over
 * @param visitationDecisionDate as handed over
 * @param cprRegistrationDate as handed over
 * @param expectedTakeoverDate computed with caseload's takeover rule, when the inputs are known
 * @param languages as handed over
 * @param education as handed over
 * @param workExperience as handed over
 * @param drivingLicence as handed over
 * @param danishClasses as handed over
 * @param familyHandovers the family members' handovers this version's content names
 * @param household the other handovers of the person's household: everyone linked to this one by any handover's
 *     {@code familyHandovers}, both ways and whatever the order of sending; for the kommune only those addressed to it
 * @param jobOffer as handed over
 * @param notes as handed over
 * @param health as handed over (only ever stored with consent), marked as art. 9 data; its reads are logged as such
 * @param completeness score and missing fields
 * @param revision the number of the current version of the content, from 1
 * @param infoRequests the kommune's requests for more information, oldest first
 * @param sentAt when it was first sent
 * @param receivedAt when the kommune first read it
 * @param takeoverDate the date the kommune took over; follows a takeover date agreed on the case later
 * @param dependant taken over as a child (under 18), registered as a dependant on the case {@code caseId} of an adult
 *     household member
 * @param caseId the case opened at takeover; only for the receiving kommune
 * @param possibleDuplicates the receiving kommune's other open or taken-over handovers of the same person, from other
 *     senders: merge one into the other; only for the receiving kommune (a sender never learns of another's)
 * @param mergedInto the handover this one was merged into (status MERGED); only for the receiving kommune
 * @param version optimistic-locking version, also the ETag
 */
@Schema(name = "HandoverView")
public record HandoverView(
    @NotNull UUID id,
    @NotNull String sender,
    @NotNull String receivingKommune,
    @NotNull HandoverStatus status,
    @NotNull PersonView person,
    ResidenceBasis residenceBasis,
    LocalDate residencePermitDate,
    LocalDate visitationDecisionDate,
    LocalDate cprRegistrationDate,
    LocalDate expectedTakeoverDate,
    List<Language> languages,
    List<CompetenceProfile.Education> education,
    List<CompetenceProfile.WorkExperience> workExperience,
    Boolean drivingLicence,
    List<HandoverSubmission.DanishClass> danishClasses,
    List<UUID> familyHandovers,
    @NotNull List<UUID> household,
    HandoverSubmission.JobOffer jobOffer,
    String notes,
    SensitiveHealthView health,
    @NotNull Completeness completeness,
    int revision,
    List<InfoRequestView> infoRequests,
    @NotNull Instant sentAt,
    Instant receivedAt,
    LocalDate takeoverDate,
    boolean dependant,
    UUID caseId,
    List<UUID> possibleDuplicates,
    UUID mergedInto,
    long version) {

  /**
   * The person, with the CPR number masked.
   *
   * @param cpr DDMMYY-xxxx, or null when none was handed over
   * @param caseNumber the immigration service's case number
   * @param name full name
   * @param birthDate as handed over or derived from the CPR number
   * @param gender as handed over or derived from the CPR number
   * @param countryOfOrigin as handed over
   */
  @Schema(name = "HandoverPersonView")
  public record PersonView(String cpr, String caseNumber, String name, LocalDate birthDate, Gender gender,
      String countryOfOrigin) {}
}
