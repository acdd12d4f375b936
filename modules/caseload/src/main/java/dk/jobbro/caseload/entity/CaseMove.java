package dk.jobbro.caseload.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A request to move a case to another kommune. Either kommune may ask: the holding kommune offers the case when the
 * person moves away, or the receiving kommune claims it when the person turns up there with a programme running
 * elsewhere. The other kommune decides.
 */
@Entity
@Table(name = "case_move", schema = "caseload")
@NamedQuery(name = "CaseMove.openFor", query = "select m from CaseMove m where m.status = 'REQUESTED' "
    + "and (m.toKommune = :kommune or m.fromKommune = :kommune) order by m.requestedAt")
@NamedQuery(name = "CaseMove.openForCase", query = "select count(m) from CaseMove m where m.caseId = :caseId "
    + "and m.status = 'REQUESTED'")
public final class CaseMove {

  public static final String REQUESTED = "REQUESTED";
  public static final String ACCEPTED = "ACCEPTED";
  public static final String DECLINED = "DECLINED";

  @Id
  private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "from_kommune", nullable = false, columnDefinition = "bpchar(3)")
  private String fromKommune;

  @Column(name = "to_kommune", nullable = false, columnDefinition = "bpchar(3)")
  private String toKommune;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_by_kommune", nullable = false, columnDefinition = "bpchar(3)")
  private String requestedByKommune;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version
  private long version;

  protected CaseMove() {}

  /**
   * @param requestedByKommune {@code fromKommune} when the holding kommune offers the case, {@code toKommune} when
   *     the receiving kommune claims it
   */
  public CaseMove(UUID caseId, String fromKommune, String toKommune, String requestedByKommune, String requestedBy) {
    if (!requestedByKommune.equals(fromKommune) && !requestedByKommune.equals(toKommune)) {
      throw new IllegalArgumentException("a move is asked for by one of its two kommuner");
    }
    this.id = UUID.randomUUID();
    this.requestedByKommune = requestedByKommune;
    this.caseId = caseId;
    this.fromKommune = fromKommune;
    this.toKommune = toKommune;
    this.status = REQUESTED;
    this.requestedBy = requestedBy;
    this.requestedAt = Instant.now();
  }

  public void decide(boolean accepted, String by) {
    if (!REQUESTED.equals(status)) {
      throw new IllegalStateException("the move is already " + status.toLowerCase(java.util.Locale.ROOT));
    }
    this.status = accepted ? ACCEPTED : DECLINED;
    this.decidedBy = by;
    this.decidedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return caseId;
  }

  public String fromKommune() {
    return fromKommune;
  }

  public String toKommune() {
    return toKommune;
  }

  public String requestedByKommune() {
    return requestedByKommune;
  }

  /** The kommune that accepts or declines: the one that did not ask. */
  public String decidingKommune() {
    return requestedByKommune.equals(fromKommune) ? toKommune : fromKommune;
  }

  public String status() {
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
