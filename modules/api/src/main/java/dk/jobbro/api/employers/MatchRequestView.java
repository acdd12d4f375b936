package dk.jobbro.api.employers;

import dk.jobbro.api.caseload.OfferType;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A match request as either kommune sees it. Both see the vacancy, the company, the requesting consultant's message
 * and contact. The holding kommune sees its case; the requesting kommune sees only the person's name, and only once
 * accepted (it never gets a case id: the case stays the holding kommune's, which registers the placement on it).
 *
 * @param id the request
 * @param vacancyId the vacancy
 * @param vacancyTitle its title
 * @param occupationCode its ISCO-08 code
 * @param offerType what the vacancy offers; a proposal is of this type
 * @param vacancyStartDate the vacancy's expected start
 * @param employerId the company
 * @param employerName its name
 * @param employerCvr its CVR number
 * @param requestingKommune the vacancy's kommune
 * @param candidateKommune the kommune holding the candidate (it owns the case; a placement counts for it)
 * @param matchRef the candidate's match reference for this vacancy
 * @param score the score when requested
 * @param status REQUESTED, ACCEPTED, DECLINED, WITHDRAWN, PROPOSED or PLACED
 * @param message the requesting consultant's note to the holding kommune
 * @param contact whom the holding kommune calls back in the requesting kommune
 * @param caseId the candidate's case: for the holding kommune only
 * @param name the candidate's name: for the holding kommune, and for the requester once accepted
 * @param proposal the placement the requester proposed, once proposed
 * @param proposalDeclinedReason why the holder declined the last proposal
 * @param offerId the offer registered on the case when placed: for the holding kommune only
 * @param iguPlacementId the IGU placement when placed as an IGU: for the holding kommune only
 * @param requestedAt when asked
 * @param decidedAt when accepted or declined
 * @param placedAt when the holding kommune registered the placement
 * @param version the version, also sent as ETag; every change needs it in If-Match
 */
@Schema(name = "MatchRequest")
public record MatchRequestView(@NotNull UUID id, @NotNull UUID vacancyId, @NotNull String vacancyTitle,
    @NotNull String occupationCode, @NotNull OfferType offerType, @NotNull LocalDate vacancyStartDate,
    @NotNull UUID employerId, @NotNull String employerName, @NotNull String employerCvr,
    @NotNull String requestingKommune, @NotNull String candidateKommune, @NotNull String matchRef, int score,
    @NotNull MatchRequestStatus status, String message, ContactPerson contact,
    UUID caseId, String name, Proposal proposal, String proposalDeclinedReason, UUID offerId, UUID iguPlacementId,
    @NotNull Instant requestedAt, Instant decidedAt, Instant placedAt, long version) {

  /**
   * A proposed placement, of the vacancy's offer type.
   *
   * @param startDate first day
   * @param endDate last day, if known (an IGU's is two years on)
   * @param hoursPerWeek planned hours per week
   * @param payBasis for an IGU: EGU or ELEV
   * @param signedDate for an IGU: when the agreement was signed
   * @param proposedAt when proposed
   */
  @Schema(name = "MatchProposal")
  public record Proposal(@NotNull LocalDate startDate, LocalDate endDate, double hoursPerWeek, PayBasis payBasis,
      LocalDate signedDate, @NotNull Instant proposedAt) {}
}
