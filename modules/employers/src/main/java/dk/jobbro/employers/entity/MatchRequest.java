package dk.jobbro.employers.entity;

import dk.jobbro.api.employers.MatchRequestStatus;
import dk.jobbro.api.employers.PayBasis;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A vacancy's consultant asking the kommune that holds a pseudonymised candidate to be put in touch. The case id is
 * kept so the holding kommune knows whom it is about; the requesting kommune sees it only once accepted.
 */
@Entity
@Table(name = "match_request", schema = "employers")
public final class MatchRequest {

  @Id
  private UUID id;

  @Column(name = "vacancy_id", nullable = false)
  private UUID vacancyId;

  @Column(name = "requesting_kommune", nullable = false, columnDefinition = "bpchar(3)")
  private String requestingKommune;

  @Column(name = "candidate_kommune", nullable = false, columnDefinition = "bpchar(3)")
  private String candidateKommune;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "match_ref", nullable = false)
  private String matchRef;

  @Column(name = "score", nullable = false)
  private int score;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private MatchRequestStatus status;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "message")
  private String message;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "proposal_start")
  private LocalDate proposalStart;

  @Column(name = "proposal_end")
  private LocalDate proposalEnd;

  @Column(name = "proposal_hours", precision = 4, scale = 1)
  private BigDecimal proposalHours;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposal_pay_basis")
  private PayBasis proposalPayBasis;

  @Column(name = "proposal_signed")
  private LocalDate proposalSigned;

  @Column(name = "proposed_by")
  private String proposedBy;

  @Column(name = "proposed_at")
  private Instant proposedAt;

  @Column(name = "proposal_declined_reason")
  private String proposalDeclinedReason;

  @Column(name = "offer_id")
  private UUID offerId;

  @Column(name = "igu_placement_id")
  private UUID iguPlacementId;

  @Column(name = "placed_by")
  private String placedBy;

  @Column(name = "placed_at")
  private Instant placedAt;

  @Version
  private long version;

  /**
   * The placement the requesting consultant proposes; the offer type is the vacancy's.
   *
   * @param hoursPerWeek planned hours per week
   * @param payBasis for an IGU: EGU or ELEV
   * @param signedDate for an IGU: when the agreement was signed
   */
  public record Proposal(LocalDate startDate, LocalDate endDate, double hoursPerWeek, PayBasis payBasis,
      LocalDate signedDate) {}

  protected MatchRequest() {}

  public MatchRequest(UUID vacancyId, String requestingKommune, String candidateKommune, UUID caseId, String matchRef,
      int score, String requestedBy, Instant requestedAt) {
    this.id = UUID.randomUUID();
    this.vacancyId = vacancyId;
    this.requestingKommune = requestingKommune;
    this.candidateKommune = candidateKommune;
    this.caseId = caseId;
    this.matchRef = matchRef;
    this.score = score;
    this.status = MatchRequestStatus.REQUESTED;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  /** The consultant's note to the holding kommune's caseworker and whom to call back. */
  public void describe(String message, String contactName, String contactEmail, String contactPhone) {
    this.message = message;
    this.contactName = contactName;
    this.contactEmail = contactEmail;
    this.contactPhone = contactPhone;
  }

  /** Accepts or declines; a decided request stays decided. */
  public void decide(boolean accept, String by, Instant at) {
    require(MatchRequestStatus.REQUESTED);
    this.status = accept ? MatchRequestStatus.ACCEPTED : MatchRequestStatus.DECLINED;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  /** The requester gives up on the match; a registered placement cannot be withdrawn this way (end the offer). */
  public void withdraw() {
    if (status == MatchRequestStatus.DECLINED || status == MatchRequestStatus.WITHDRAWN
        || status == MatchRequestStatus.PLACED) {
      throw new IllegalStateException("the request is " + name(status) + " already");
    }
    this.status = MatchRequestStatus.WITHDRAWN;
  }

  /** After acceptance (or a declined proposal) the requester proposes a placement for the holder to confirm. */
  public void propose(Proposal p, String by, Instant at) {
    require(MatchRequestStatus.ACCEPTED);
    this.proposalStart = p.startDate();
    this.proposalEnd = p.endDate();
    this.proposalHours = BigDecimal.valueOf(p.hoursPerWeek());
    this.proposalPayBasis = p.payBasis();
    this.proposalSigned = p.signedDate();
    this.proposedBy = by;
    this.proposedAt = at;
    this.proposalDeclinedReason = null;
    this.status = MatchRequestStatus.PROPOSED;
  }

  /** The holder declines the proposal; the match stays accepted, so another proposal may follow. */
  public void declineProposal(String reason) {
    require(MatchRequestStatus.PROPOSED);
    this.proposalDeclinedReason = reason;
    this.status = MatchRequestStatus.ACCEPTED;
  }

  /** The holder confirmed: the offer (and for an IGU the placement) is registered on its case. */
  public void placed(UUID offer, UUID iguPlacement, String by, Instant at) {
    require(MatchRequestStatus.PROPOSED);
    this.offerId = offer;
    this.iguPlacementId = iguPlacement;
    this.placedBy = by;
    this.placedAt = at;
    this.status = MatchRequestStatus.PLACED;
  }

  private void require(MatchRequestStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("the request is " + name(status) + ", not " + name(expected));
    }
  }

  private static String name(MatchRequestStatus s) {
    return s.name().toLowerCase(java.util.Locale.ROOT);
  }

  public Proposal proposal() {
    return proposedAt == null ? null : new Proposal(proposalStart, proposalEnd, proposalHours.doubleValue(),
        proposalPayBasis, proposalSigned);
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public String proposalDeclinedReason() {
    return proposalDeclinedReason;
  }

  public String message() {
    return message;
  }

  public String contactName() {
    return contactName;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public String contactPhone() {
    return contactPhone;
  }

  public UUID offerId() {
    return offerId;
  }

  public UUID iguPlacementId() {
    return iguPlacementId;
  }

  public Instant placedAt() {
    return placedAt;
  }

  public UUID id() {
    return id;
  }

  public UUID vacancyId() {
    return vacancyId;
  }

  public String requestingKommune() {
    return requestingKommune.strip();
  }

  public String candidateKommune() {
    return candidateKommune.strip();
  }

  public UUID caseId() {
    return caseId;
  }

  public String matchRef() {
    return matchRef;
  }

  public int score() {
    return score;
  }

  public MatchRequestStatus status() {
    return status;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public long version() {
    return version;
  }
}
