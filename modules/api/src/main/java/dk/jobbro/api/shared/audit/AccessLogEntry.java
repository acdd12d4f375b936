package dk.jobbro.api.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One row of the access log: who touched which person's data, when, and how. Append-only (the database refuses
 * updates and deletes); a search criterion that contains a CPR number, and the persons touched, are stored as keyed
 * hashes, never in clear.
 */
@Entity
@Table(name = "access_log", schema = "audit")
public final class AccessLogEntry {

  @Id
  private UUID id;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "subject", nullable = false)
  private String subject;

  @Column(name = "role", nullable = false)
  private String role;

  @Column(name = "kommune_kode", columnDefinition = "bpchar(3)")
  private String kommuneKode;

  @Column(name = "action", nullable = false)
  private String action;

  @Column(name = "resource_type", nullable = false)
  private String resourceType;

  @Column(name = "resource_id")
  private UUID resourceId;

  @Column(name = "criterion_hash")
  private String criterionHash;

  /** Keyed hashes of the CPR numbers of the persons touched (see AccessLog#personHash). */
  @Column(name = "persons", nullable = false, columnDefinition = "text[]")
  private String[] persons;

  /** The kommuner holding the persons touched; their data protection officers see the row. */
  @Column(name = "kommuner", nullable = false, columnDefinition = "text[]")
  private String[] kommuner;

  protected AccessLogEntry() {}

  AccessLogEntry(String subject, String role, String kommuneKode, String action, String resourceType,
      UUID resourceId, String criterionHash, String[] persons, String[] kommuner) {
    this.id = UUID.randomUUID();
    this.at = Instant.now();
    this.subject = Objects.requireNonNull(subject);
    this.role = Objects.requireNonNull(role);
    this.kommuneKode = kommuneKode;
    this.action = Objects.requireNonNull(action);
    this.resourceType = Objects.requireNonNull(resourceType);
    this.resourceId = resourceId;
    this.criterionHash = criterionHash;
    this.persons = persons.clone();
    this.kommuner = kommuner.clone();
  }

  public UUID id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String subject() {
    return subject;
  }

  public String action() {
    return action;
  }

  public UUID resourceId() {
    return resourceId;
  }

  // the other columns, for AccessLogGroupCommit, which writes rows without a persistence context

  String role() {
    return role;
  }

  String kommuneKode() {
    return kommuneKode;
  }

  String resourceType() {
    return resourceType;
  }

  String criterionHash() {
    return criterionHash;
  }

  String[] persons() {
    return persons.clone();
  }

  String[] kommuner() {
    return kommuner.clone();
  }
}
