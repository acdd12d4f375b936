package dk.jobbro.caseload.entity;

import dk.jobbro.api.caseload.JobReadiness;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One visitation of job-readiness; the history is kept, never overwritten. */
@Entity
@Table(name = "job_readiness_assessment", schema = "caseload")
@NamedQuery(name = "JobReadinessAssessment.byCase", query = "select a from JobReadinessAssessment a "
    + "where a.caseId = :caseId order by a.assessedOn, a.recordedAt")
public final class JobReadinessAssessment {

  @Id
  private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private JobReadiness category;

  @Column(name = "reason")
  private String reason;

  @Column(name = "assessed_by", nullable = false)
  private String assessedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected JobReadinessAssessment() {}

  /** @throws IllegalArgumentException when AKTIVITETSPARAT comes without a reason */
  public JobReadinessAssessment(UUID caseId, LocalDate assessedOn, JobReadiness category, String reason,
      String assessedBy) {
    if (category == JobReadiness.AKTIVITETSPARAT && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("an assessment as aktivitetsparat needs a reason");
    }
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.assessedOn = assessedOn;
    this.category = category;
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    this.assessedBy = assessedBy;
    this.recordedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public LocalDate assessedOn() {
    return assessedOn;
  }

  public JobReadiness category() {
    return category;
  }

  public String reason() {
    return reason;
  }

  public String assessedBy() {
    return assessedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
