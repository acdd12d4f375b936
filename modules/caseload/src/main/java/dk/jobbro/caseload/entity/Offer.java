package dk.jobbro.caseload.entity;

import dk.jobbro.api.caseload.OfferStatus;
import dk.jobbro.api.caseload.OfferType;
import dk.jobbro.api.shared.Cvr;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An offer on a case: what, from when to when, how many hours, and at which employer. Its status (planned, active,
 * ended) follows from the dates on the day asked; the only stored state is a cancellation before the start, which
 * takes the offer out of every count, and whether its start has been announced ({@code OfferStarted}).
 */
@Entity
@Table(name = "offer", schema = "caseload")
@NamedQuery(name = "Offer.byCase", query = "select o from Offer o where o.caseId = :caseId order by o.startDate, o.id")
@NamedQuery(name = "Offer.countIgu", query = "select count(o) from Offer o where o.caseId = :caseId and o.type = "
    + "dk.jobbro.api.caseload.OfferType.IGU and o.endedEarly = false")
@NamedQuery(name = "Offer.iguEndingOn", query = "select o from Offer o where o.caseId = :caseId and o.type = "
    + "dk.jobbro.api.caseload.OfferType.IGU and o.endDate = :endDate")
@NamedQuery(name = "Offer.casesWithCompanyEffortSince", query = "select distinct o.caseId from Offer o "
    + "where o.caseId in :caseIds and o.type in :types and o.startDate <= :today "
    + "and (o.endDate is null or o.endDate >= :since) and o.cancelledOn is null")
@NamedQuery(name = "Offer.startedUnannounced", query = "select o from Offer o where o.startAnnounced = false "
    + "and o.cancelledOn is null and o.startDate <= :today order by o.startDate, o.id")
@NamedQuery(name = "Offer.earliestCompanyOriented", query = "select min(o.startDate) from Offer o "
    + "where o.caseId = :caseId and o.type in :types and o.cancelledOn is null")
@NamedQuery(name = "Offer.ordinaryJobsAt", query = "select o from Offer o where o.caseId = :caseId "
    + "and o.type = dk.jobbro.api.caseload.OfferType.ORDINARY_JOB and o.employerCvr = :cvr "
    + "and o.cancelledOn is null and o.startDate < :before")
public final class Offer {

  @Id
  private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Column(name = "kommune_kode", nullable = false, columnDefinition = "bpchar(3)")
  private String kommuneKode;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false)
  private OfferType type;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "hours_per_week", precision = 4, scale = 1)
  private BigDecimal hoursPerWeek;

  @Column(name = "employer_cvr", columnDefinition = "bpchar(8)")
  private String employerCvr;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "ended_early", nullable = false)
  private boolean endedEarly;

  @Column(name = "cancelled_on")
  private LocalDate cancelledOn;

  @Column(name = "cancellation_reason")
  private String cancellationReason;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  /** OfferStarted has been fired: at registration for a start on or before that day, else by the OfferStartClock. */
  @Column(name = "start_announced", nullable = false)
  private boolean startAnnounced;

  @Version
  private long version;

  protected Offer() {}

  public Offer(CaseFile caseFile, OfferType type, LocalDate startDate, LocalDate endDate, BigDecimal hoursPerWeek,
      Cvr employer, String recordedBy) {
    this.id = UUID.randomUUID();
    this.caseId = caseFile.id();
    this.kommuneKode = caseFile.kommune().value();
    this.type = Objects.requireNonNull(type);
    this.startDate = Objects.requireNonNull(startDate);
    this.endDate = endDate;
    this.hoursPerWeek = hoursPerWeek;
    this.employerCvr = employer == null ? null : employer.value();
    this.recordedBy = recordedBy;
    this.recordedAt = Instant.now();
  }

  /** Sets the last day; it may not be before the first (an offer that never starts is cancelled instead). */
  public void endOn(LocalDate date) {
    if (cancelledOn != null) {
      throw new IllegalStateException("the offer was cancelled on " + cancelledOn);
    }
    if (date.isBefore(startDate)) {
      throw new IllegalArgumentException("must not be before startDate " + startDate
          + "; an offer that does not start is cancelled instead");
    }
    this.endDate = date;
  }

  /**
   * Records that this IGU stopped before its 24 months: a person can complete only one IGU, and one that ended early
   * does not count as that one.
   */
  public void markEndedEarly() {
    if (type != OfferType.IGU || endDate == null) {
      throw new IllegalStateException("only an ended IGU offer can have ended early");
    }
    this.endedEarly = true;
  }

  /** Where the offer stands on {@code today}. */
  public OfferStatus status(LocalDate today) {
    if (cancelledOn != null) {
      return OfferStatus.CANCELLED;
    }
    if (today.isBefore(startDate)) {
      return OfferStatus.PLANNED;
    }
    return endDate != null && today.isAfter(endDate) ? OfferStatus.ENDED : OfferStatus.ACTIVE;
  }

  /**
   * Calls the offer off before it starts. An offer that has started has happened: it is ended, not cancelled.
   *
   * @throws IllegalStateException when it is not PLANNED on {@code today}
   */
  public void cancel(LocalDate today, String reason, String by) {
    OfferStatus now = status(today);
    if (now != OfferStatus.PLANNED) {
      throw new IllegalStateException("only a planned offer can be cancelled; this one is " + now
          + (now == OfferStatus.CANCELLED ? "" : " since " + startDate + " (end it instead)"));
    }
    this.cancelledOn = today;
    this.cancellationReason = Objects.requireNonNull(reason).strip();
    this.cancelledBy = Objects.requireNonNull(by);
  }

  /** Records that OfferStarted was fired for this offer. */
  public void announceStart() {
    this.startAnnounced = true;
  }

  public boolean startAnnounced() {
    return startAnnounced;
  }

  public LocalDate cancelledOn() {
    return cancelledOn;
  }

  public String cancellationReason() {
    return cancellationReason;
  }

  public boolean endedEarly() {
    return endedEarly;
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return caseId;
  }

  public String kommuneKode() {
    return kommuneKode;
  }

  public OfferType type() {
    return type;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public BigDecimal hoursPerWeek() {
    return hoursPerWeek;
  }

  public String employerCvr() {
    return employerCvr;
  }

  public long version() {
    return version;
  }
}
