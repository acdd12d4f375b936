package dk.jobbro.employers.entity;

import dk.jobbro.api.employers.PartnershipStatus;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A partnership agreement (partnerskabsaftale) between a kommune and a company: how many virksomhedspraktik,
 * løntilskud and IGU places the company offers per year, and in which occupations. Kommuner with many such
 * agreements create most IGU jobs, so they are counted per kommune.
 */
@Entity
@Table(name = "partnership", schema = "employers")
@NamedQuery(name = "Partnership.findInKommune",
    query = "select p from Partnership p where p.id = :id and p.kommuneKode = :kommune")
@NamedQuery(name = "Partnership.activeFor", query = "select count(p) from Partnership p "
    + "where p.kommuneKode = :kommune and p.employerId = :employer and p.status = "
    + "dk.jobbro.api.employers.PartnershipStatus.ACTIVE")
public final class Partnership {

  @Id
  private UUID id;

  @Column(name = "kommune_kode", nullable = false, columnDefinition = "bpchar(3)")
  private String kommuneKode;

  @Column(name = "employer_id", nullable = false)
  private UUID employerId;

  @Column(name = "signed_date", nullable = false)
  private LocalDate signedDate;

  @Column(name = "praktik_places", nullable = false)
  private int praktikPlaces;

  @Column(name = "loentilskud_places", nullable = false)
  private int loentilskudPlaces;

  @Column(name = "igu_places", nullable = false)
  private int iguPlaces;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "partnership_occupation", schema = "employers",
      joinColumns = @JoinColumn(name = "partnership_id"))
  @OrderColumn(name = "position")
  @Column(name = "occupation_code", nullable = false)
  private List<String> occupations = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private PartnershipStatus status;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "end_reason")
  private String endReason;

  @Column(name = "signed_by", nullable = false)
  private String signedBy;

  @Version
  private long version;

  protected Partnership() {}

  public Partnership(String kommuneKode, UUID employerId, LocalDate signedDate, String signedBy) {
    this.id = UUID.randomUUID();
    this.kommuneKode = kommuneKode;
    this.employerId = employerId;
    this.signedDate = signedDate;
    this.signedBy = signedBy;
    this.status = PartnershipStatus.ACTIVE;
  }

  /** Sets what the company offers per year; counts are not negative (checked by the caller per field). */
  public void commit(int praktik, int loentilskud, int igu, List<String> occupationCodes) {
    this.praktikPlaces = praktik;
    this.loentilskudPlaces = loentilskud;
    this.iguPlaces = igu;
    this.occupations.clear();
    this.occupations.addAll(occupationCodes);
  }

  /**
   * Ends the agreement.
   *
   * @throws IllegalStateException when it has ended already
   * @throws IllegalArgumentException when the end is before the signing
   */
  public void end(LocalDate date, String reason) {
    if (status == PartnershipStatus.ENDED) {
      throw new IllegalStateException("the partnership has ended already");
    }
    if (date.isBefore(signedDate)) {
      throw new IllegalArgumentException("must not be before the signed date");
    }
    this.status = PartnershipStatus.ENDED;
    this.endDate = date;
    this.endReason = reason == null ? null : reason.strip();
  }

  public UUID id() {
    return id;
  }

  public String kommuneKode() {
    return kommuneKode;
  }

  public UUID employerId() {
    return employerId;
  }

  public LocalDate signedDate() {
    return signedDate;
  }

  public int praktikPlaces() {
    return praktikPlaces;
  }

  public int loentilskudPlaces() {
    return loentilskudPlaces;
  }

  public int iguPlaces() {
    return iguPlaces;
  }

  public List<String> occupations() {
    return List.copyOf(occupations);
  }

  public PartnershipStatus status() {
    return status;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public String endReason() {
    return endReason;
  }

  public long version() {
    return version;
  }
}
