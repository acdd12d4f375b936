package dk.jobbro.employers.entity;

import dk.jobbro.api.employers.BonusMilestoneKind;
import dk.jobbro.api.employers.BonusStatus;
import dk.jobbro.api.employers.IguEndReason;
import dk.jobbro.api.employers.IguStatus;
import dk.jobbro.api.employers.PayBasis;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An IGU forløb of a person of one kommune at one company: 24 months of paid work plus school weeks, ending early
 * (terminated) or completed. The person is referred to by case id only; caseload owns the person. The dates that the
 * rules derive (planned end, school weeks, VITAS due date, bonus due dates) are stored so the database can answer
 * "active at a date" and "bonus due" without the rules.
 */
@Entity
@Table(name = "igu_placement", schema = "employers")
@NamedQuery(name = "IguPlacement.findInKommune",
    query = "select p from IguPlacement p where p.id = :id and p.kommuneKode = :kommune")
@NamedQuery(name = "IguPlacement.countForCase",
    query = "select count(p) from IguPlacement p where p.caseId = :caseId "
        + "and p.status <> dk.jobbro.api.employers.IguStatus.TERMINATED")
public final class IguPlacement {

  @Id
  private UUID id;

  @Column(name = "kommune_kode", nullable = false, columnDefinition = "bpchar(3)")
  private String kommuneKode;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "offer_id")
  private UUID offerId;

  @Column(name = "vacancy_id")
  private UUID vacancyId;

  @Column(name = "employer_id", nullable = false)
  private UUID employerId;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "planned_end_date", nullable = false)
  private LocalDate plannedEndDate;

  @Column(name = "school_weeks", nullable = false)
  private int schoolWeeks;

  @Column(name = "planned_hours_per_week", nullable = false, precision = 4, scale = 1)
  private BigDecimal plannedHoursPerWeek;

  @Enumerated(EnumType.STRING)
  @Column(name = "pay_basis", nullable = false)
  private PayBasis payBasis;

  @Column(name = "signed_date", nullable = false)
  private LocalDate signedDate;

  @Column(name = "vitas_due_date", nullable = false)
  private LocalDate vitasDueDate;

  @Column(name = "vitas_registered_date")
  private LocalDate vitasRegisteredDate;

  @Column(name = "last_ordinary_job_end")
  private LocalDate lastOrdinaryJobEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private IguStatus status;

  /** The planned end while active; the actual last day once terminated or completed. */
  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "end_reason")
  private IguEndReason endReason;

  @Column(name = "end_note")
  private String endNote;

  // in the order they fall due, so every answer lists them alike (a collection table keeps no order of its own)
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "igu_bonus_milestone", schema = "employers",
      joinColumns = @JoinColumn(name = "placement_id"))
  @OrderBy("dueDate, kind")
  private List<BonusMilestone> bonus = new ArrayList<>();

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Version
  private long version;

  protected IguPlacement() {}

  /** What the agreement says, with the dates the rules derived from it. */
  public record Terms(LocalDate startDate, LocalDate plannedEndDate, int schoolWeeks, double plannedHoursPerWeek,
      PayBasis payBasis, LocalDate signedDate, LocalDate vitasDueDate, LocalDate vitasRegisteredDate,
      LocalDate lastOrdinaryJobEnd) {}

  public IguPlacement(String kommuneKode, UUID caseId, UUID employerId, Terms terms, String registeredBy,
      Instant now) {
    this.id = UUID.randomUUID();
    this.kommuneKode = kommuneKode;
    this.caseId = caseId;
    this.employerId = employerId;
    this.startDate = terms.startDate();
    this.plannedEndDate = terms.plannedEndDate();
    this.endDate = terms.plannedEndDate();
    this.schoolWeeks = terms.schoolWeeks();
    this.plannedHoursPerWeek = BigDecimal.valueOf(terms.plannedHoursPerWeek());
    this.payBasis = terms.payBasis();
    this.signedDate = terms.signedDate();
    this.vitasDueDate = terms.vitasDueDate();
    this.vitasRegisteredDate = terms.vitasRegisteredDate();
    this.lastOrdinaryJobEnd = terms.lastOrdinaryJobEnd();
    this.status = IguStatus.ACTIVE;
    this.registeredBy = registeredBy;
    this.registeredAt = now;
  }

  /** Adds a bonus milestone; only for private employers (the caller decides). */
  public void addBonus(BonusMilestoneKind kind, int amountKr, LocalDate dueDate) {
    bonus.add(new BonusMilestone(kind, amountKr, dueDate));
  }

  public void linkOffer(UUID offerId) {
    this.offerId = offerId;
  }

  /** The vacancy the placement fills, when it came from a (cross-border) match. */
  public void linkVacancy(UUID vacancyId) {
    this.vacancyId = vacancyId;
  }

  public UUID vacancyId() {
    return vacancyId;
  }

  /**
   * Turns the milestones whose due date has come into DUE — the 6-month one while the forløb runs or after it
   * (employment of 6 months was reached), the completion one only once completed.
   *
   * @return the milestones that became due now
   */
  public List<BonusMilestone> reachDueMilestones(LocalDate today) {
    List<BonusMilestone> reached = new ArrayList<>();
    for (BonusMilestone m : bonus) {
      boolean eligible = m.kind() == BonusMilestoneKind.SIX_MONTHS
          ? !endDate.isBefore(m.dueDate()) : status == IguStatus.COMPLETED;
      if (eligible && m.reachIfDue(today)) {
        reached.add(m);
      }
    }
    return reached;
  }

  /**
   * @throws IllegalArgumentException when the date is before the signing
   */
  public void registerVitas(LocalDate date) {
    if (date.isBefore(signedDate)) {
      throw new IllegalArgumentException("must not be before the signed date " + signedDate);
    }
    this.vitasRegisteredDate = date;
  }

  /**
   * Stops the forløb early; a bonus milestone not yet reached by the last day is forfeited.
   *
   * @throws IllegalStateException when it is no longer active
   * @throws IllegalArgumentException when the date is outside the forløb
   */
  public void terminate(LocalDate date, IguEndReason reason, String note) {
    requireActive();
    if (date.isBefore(startDate)) {
      throw new IllegalArgumentException("must not be before the start date " + startDate);
    }
    if (!date.isBefore(plannedEndDate)) {
      throw new IllegalArgumentException("must be before the planned end " + plannedEndDate
          + "; a forløb that ran its course is completed, not terminated");
    }
    this.status = IguStatus.TERMINATED;
    this.endDate = date;
    this.endReason = reason;
    this.endNote = note == null ? null : note.strip();
    for (BonusMilestone m : bonus) {
      if (m.kind() == BonusMilestoneKind.COMPLETION || date.isBefore(m.dueDate())) {
        m.forfeit();
      }
    }
  }

  /**
   * Completes the forløb; the completion bonus becomes claimable on the completion date.
   *
   * @throws IllegalStateException when it is no longer active
   * @throws IllegalArgumentException when the date is before the planned end (24 months)
   */
  public void complete(LocalDate date) {
    requireActive();
    if (date.isBefore(plannedEndDate)) {
      throw new IllegalArgumentException("must not be before the planned end " + plannedEndDate
          + " (24 months); end it early with a termination instead");
    }
    this.status = IguStatus.COMPLETED;
    this.endDate = date;
    milestone(BonusMilestoneKind.COMPLETION).ifPresent(m -> m.dueOn(date));
  }

  /**
   * Marks a milestone claimed or paid.
   *
   * @throws IllegalStateException when the milestone is not in a state that allows it
   * @throws IllegalArgumentException when the date does not fit
   */
  public void markBonus(BonusMilestone milestone, BonusStatus next, LocalDate date) {
    milestone.mark(next, date);
  }

  public Optional<BonusMilestone> milestone(BonusMilestoneKind kind) {
    return bonus.stream().filter(m -> m.kind() == kind).findFirst();
  }

  private void requireActive() {
    if (status != IguStatus.ACTIVE) {
      throw new IllegalStateException("the IGU is " + status + " already");
    }
  }

  public UUID id() {
    return id;
  }

  public String kommuneKode() {
    return kommuneKode;
  }

  public UUID caseId() {
    return caseId;
  }

  public UUID offerId() {
    return offerId;
  }

  public UUID employerId() {
    return employerId;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate plannedEndDate() {
    return plannedEndDate;
  }

  public int schoolWeeks() {
    return schoolWeeks;
  }

  public double plannedHoursPerWeek() {
    return plannedHoursPerWeek.doubleValue();
  }

  public PayBasis payBasis() {
    return payBasis;
  }

  public LocalDate signedDate() {
    return signedDate;
  }

  public LocalDate vitasDueDate() {
    return vitasDueDate;
  }

  public LocalDate vitasRegisteredDate() {
    return vitasRegisteredDate;
  }

  public IguStatus status() {
    return status;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public IguEndReason endReason() {
    return endReason;
  }

  public List<BonusMilestone> bonus() {
    return List.copyOf(bonus);
  }

  public long version() {
    return version;
  }
}
