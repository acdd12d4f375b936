package dk.jobbro.api.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a handover brings to the case it opens, besides the person and the competence profile: copied onto the case at
 * takeover so that the caseworker need not reopen the handover (and caseload never reads handover's tables).
 *
 * @param householdId the household the handover belongs to (family members handed over together), or null
 * @param notes the centre's notes
 * @param danishClasses Danish tuition taken in the asylum centre
 * @param jobOffer the job or IGU offer that influenced the visitation
 * @param health health information; handover passes it only when the person's consent is recorded
 */
public record HandedOver(UUID householdId, String notes, List<DanishClass> danishClasses, JobOffer jobOffer,
    Health health) {

  /** Nothing handed over (a case registered by hand). */
  public static HandedOver nothing() {
    return new HandedOver(null, null, List.of(), null, null);
  }

  /**
   * Danish tuition taken in the asylum centre.
   *
   * @param course what it was
   * @param hours lessons attended, in hours
   * @param completedOn when it ended, if it has
   */
  @Schema(name = "CentreDanishClass")
  public record DanishClass(String course, Integer hours, LocalDate completedOn) {}

  /**
   * The job or IGU offer that influenced the visitation decision.
   *
   * @param description the offer
   * @param cvr the employer's CVR number, if known
   * @param igu whether it is an IGU offer
   */
  @Schema(name = "VisitationJobOffer")
  public record JobOffer(String description, String cvr, Boolean igu) {}

  /**
   * Health information handed over with the person's consent.
   *
   * @param information what the kommune should know
   * @param consentPurpose what the consent allows it to be used for
   * @param consentGivenOn when the consent was given
   */
  @Schema(name = "HandedOverHealth")
  public record Health(String information, String consentPurpose, LocalDate consentGivenOn) {}
}
