package dk.jobbro.employers.entity;

import dk.jobbro.api.employers.MatchRequestStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A vacancy's consultant asking the kommune that holds a pseudonymised candidate to be put in touch. The case id is
 * kept so the holding kommune knows whom it is about; the requesting kommune sees it only once accepted.
 */
@Entity
@Table(name = "match_request", schema = "employers")
public class MatchRequest {

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

  @Version
  private long version;

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

  /** Accepts or declines; a decided request stays decided. */
  public void decide(boolean accept, String by, Instant at) {
    if (status != MatchRequestStatus.REQUESTED) {
      throw new IllegalStateException("the request was " + status.name().toLowerCase(java.util.Locale.ROOT)
          + " already");
    }
    this.status = accept ? MatchRequestStatus.ACCEPTED : MatchRequestStatus.DECLINED;
    this.decidedBy = by;
    this.decidedAt = at;
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
