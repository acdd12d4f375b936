package dk.jobbro.employers.entity;

import dk.jobbro.api.employers.Sector;
import dk.jobbro.api.shared.Cvr;
import dk.jobbro.api.shared.KommuneKode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A company, once per CVR number for the whole country: the jobcentres share one register so that a company is not
 * approached by 98 kommuner as 98 strangers. Sector decides the bonus (PRIVATE only) and whom a public employer
 * answers to: a kommune (MUNICIPAL) or a ministry area (STATE).
 */
@Entity
@Table(name = "employer", schema = "employers")
@NamedQuery(name = "Employer.byCvr", query = "select e from Employer e where e.cvr = :cvr")
public final class Employer {

  @Id
  private UUID id;

  @Column(name = "cvr", nullable = false, columnDefinition = "bpchar(8)")
  private String cvr;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "sector", nullable = false)
  private Sector sector;

  @Column(name = "employing_kommune", columnDefinition = "bpchar(3)")
  private String employingKommune;

  @Column(name = "ministry_area")
  private String ministryArea;

  @Column(name = "location_kommune", nullable = false, columnDefinition = "bpchar(3)")
  private String locationKommune;

  @Column(name = "industry_code")
  private String industryCode;

  @Column(name = "industry")
  private String industry;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "registered_by_kommune", nullable = false, columnDefinition = "bpchar(3)")
  private String registeredByKommune;

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Version
  private long version;

  protected Employer() {}

  /** The sector's own fields are checked by the caller, which can name the request field that is wrong. */
  public Employer(Cvr cvr, String name, Sector sector, KommuneKode employingKommune, String ministryArea,
      KommuneKode locationKommune, KommuneKode registeredByKommune, String registeredBy, Instant now) {
    this.id = UUID.randomUUID();
    this.cvr = cvr.value();
    this.name = name.strip();
    this.sector = Objects.requireNonNull(sector);
    this.employingKommune = employingKommune == null ? null : employingKommune.value();
    this.ministryArea = ministryArea;
    this.locationKommune = locationKommune.value();
    this.registeredByKommune = registeredByKommune.value();
    this.registeredBy = registeredBy;
    this.registeredAt = now;
  }

  public void describe(String industryCode, String industry) {
    this.industryCode = industryCode;
    this.industry = industry == null ? null : industry.strip();
  }

  public void contact(String name, String email, String phone) {
    this.contactName = name == null ? null : name.strip();
    this.contactEmail = email == null ? null : email.strip();
    this.contactPhone = phone == null ? null : phone.strip();
  }

  public UUID id() {
    return id;
  }

  public String cvr() {
    return cvr;
  }

  public String name() {
    return name;
  }

  public Sector sector() {
    return sector;
  }

  public String employingKommune() {
    return employingKommune;
  }

  public String ministryArea() {
    return ministryArea;
  }

  public String locationKommune() {
    return locationKommune;
  }

  public String industryCode() {
    return industryCode;
  }

  public String industry() {
    return industry;
  }

  public String contactName() {
    return contactName;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public String contactPhone() {
    return contactPhone;
  }

  public String registeredByKommune() {
    return registeredByKommune;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public long version() {
    return version;
  }
}
