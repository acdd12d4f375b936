package dk.jobbro.handover.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One version of a handover's content, kept for ever so the kommune can see who supplied what and when. */
@Entity
@Table(name = "handover_revision", schema = "handover")
@NamedQuery(name = "HandoverRevision.ofHandover",
    query = "select r from HandoverRevision r where r.handoverId = :handover order by r.revision")
public class HandoverRevision {

  @Id
  private UUID id;

  @Column(name = "handover_id", nullable = false)
  private UUID handoverId;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "content", nullable = false)
  private String content;

  @Column(name = "supplied_by", nullable = false)
  private String suppliedBy;

  @Column(name = "supplied_at", nullable = false)
  private Instant suppliedAt;

  protected HandoverRevision() {}

  public HandoverRevision(UUID handoverId, int revision, String content, String suppliedBy, Instant suppliedAt) {
    this.id = UUID.randomUUID();
    this.handoverId = handoverId;
    this.revision = revision;
    this.content = content;
    this.suppliedBy = suppliedBy;
    this.suppliedAt = suppliedAt;
  }

  public int revision() {
    return revision;
  }

  public String content() {
    return content;
  }

  public String suppliedBy() {
    return suppliedBy;
  }

  public Instant suppliedAt() {
    return suppliedAt;
  }
}
