package dk.jobbro.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A report as it was published, kept whole (as JSON) so it can be compared with a later run. */
@Entity
@Table(name = "snapshot", schema = "reporting")
public final class Snapshot {

  @Id
  private UUID id;

  @Column(name = "report", nullable = false)
  private String report;

  @Column(name = "parameters", nullable = false)
  private String parameters;

  @Column(name = "definition_version", nullable = false)
  private String definitionVersion;

  @Column(name = "data_cut_off", nullable = false)
  private Instant dataCutOff;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Snapshot() {}

  public Snapshot(String report, String parameters, String definitionVersion, Instant dataCutOff, String body,
      String createdBy) {
    this.id = UUID.randomUUID();
    this.report = report;
    this.parameters = parameters;
    this.definitionVersion = definitionVersion;
    this.dataCutOff = dataCutOff;
    this.body = body;
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public String report() {
    return report;
  }

  public String parameters() {
    return parameters;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
