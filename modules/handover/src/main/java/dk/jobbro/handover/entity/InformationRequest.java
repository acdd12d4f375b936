package dk.jobbro.handover.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The receiving kommune's request for information the handover lacks; answered by the sender's next amendment. */
@Entity
@Table(name = "info_request", schema = "handover")
@NamedQuery(name = "InformationRequest.ofHandover",
    query = "select r from InformationRequest r where r.handoverId = :handover order by r.requestedAt, r.id")
@NamedQuery(name = "InformationRequest.answer",
    query = "update InformationRequest r set r.answeredByRevision = :revision"
        + " where r.handoverId = :handover and r.answeredByRevision is null")
public final class InformationRequest {

  @Id
  private UUID id;

  @Column(name = "handover_id", nullable = false)
  private UUID handoverId;

  /** The field names, comma-separated (field names never contain commas). */
  @Column(name = "fields", nullable = false)
  private String fields;

  @Column(name = "message", nullable = false)
  private String message;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "answered_by_revision")
  private Integer answeredByRevision;

  protected InformationRequest() {}

  public InformationRequest(UUID handoverId, List<String> fields, String message, String requestedBy,
      Instant requestedAt) {
    this.id = UUID.randomUUID();
    this.handoverId = handoverId;
    this.fields = String.join(",", fields);
    this.message = message.strip();
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  public List<String> fields() {
    return fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","));
  }

  public String message() {
    return message;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Integer answeredByRevision() {
    return answeredByRevision;
  }
}
