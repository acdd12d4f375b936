package dk.jobbro.caseload.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A child handed over with its family and registered on an adult household member's case: the kommune is
 * responsible for the child's daycare or school place, but the programme is for adults. Once per child's handover.
 */
@Entity
@Table(name = "case_dependant", schema = "caseload")
@NamedQuery(name = "CaseDependant.ofCase",
    query = "select d from CaseDependant d where d.caseId = :caseId order by d.birthDate, d.id")
@NamedQuery(name = "CaseDependant.byHandover", query = "select d from CaseDependant d where d.handoverId = :handover")
public final class CaseDependant {

  @Id
  private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "handover_id", nullable = false)
  private UUID handoverId;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "from_date", nullable = false)
  private LocalDate fromDate;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  protected CaseDependant() {}

  public CaseDependant(UUID caseId, UUID handoverId, String fullName, LocalDate birthDate, LocalDate fromDate,
      Instant registeredAt) {
    this.id = UUID.randomUUID();
    this.caseId = Objects.requireNonNull(caseId);
    this.handoverId = Objects.requireNonNull(handoverId);
    this.fullName = Objects.requireNonNull(fullName).strip();
    this.birthDate = Objects.requireNonNull(birthDate);
    this.fromDate = Objects.requireNonNull(fromDate);
    this.registeredAt = Objects.requireNonNull(registeredAt);
  }

  public UUID caseId() {
    return caseId;
  }

  public UUID handoverId() {
    return handoverId;
  }

  public String fullName() {
    return fullName;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public LocalDate fromDate() {
    return fromDate;
  }
}
