package dk.jobbro.caseload.entity;

import dk.jobbro.api.caseload.BenefitKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A period in which the person received a benefit, registered in a kommune, so that the recipients under the
 * programme in a kommune can be counted on any date.
 */
@Entity
@Table(name = "benefit_period", schema = "caseload")
@NamedQuery(name = "BenefitPeriod.byCase", query = "select b from BenefitPeriod b where b.caseId = :caseId "
    + "order by b.startDate, b.id")
public final class BenefitPeriod {

  @Id
  private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "kommune_kode", nullable = false, columnDefinition = "bpchar(3)")
  private String kommuneKode;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private BenefitKind kind;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Version
  private long version;

  protected BenefitPeriod() {}

  public BenefitPeriod(CaseFile caseFile, BenefitKind kind, LocalDate startDate, LocalDate endDate) {
    if (endDate != null && endDate.isBefore(startDate)) {
      throw new IllegalArgumentException("endDate must not be before startDate");
    }
    this.id = UUID.randomUUID();
    this.caseId = caseFile.id();
    this.kommuneKode = caseFile.kommune().value();
    this.kind = kind;
    this.startDate = startDate;
    this.endDate = endDate;
  }

  /** Whether this period shares a day with [start, end] (an open end runs on). */
  public boolean overlaps(LocalDate start, LocalDate end) {
    boolean startsBeforeOtherEnds = end == null || !startDate.isAfter(end);
    boolean endsAfterOtherStarts = endDate == null || !endDate.isBefore(start);
    return startsBeforeOtherEnds && endsAfterOtherStarts;
  }

  public void endOn(LocalDate date) {
    if (date.isBefore(startDate)) {
      throw new IllegalArgumentException("endDate must not be before startDate");
    }
    this.endDate = date;
  }

  public UUID id() {
    return id;
  }

  public BenefitKind kind() {
    return kind;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public long version() {
    return version;
  }
}
