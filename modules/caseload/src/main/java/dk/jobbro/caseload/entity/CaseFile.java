package dk.jobbro.caseload.entity;

import dk.jobbro.api.caseload.ResidenceBasis;
import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.Gender;
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
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's integration-programme case in one kommune: who the person is, on what basis they live here, and when
 * the kommune took over responsibility (which starts the first-offer clock). Gender and birth date are derived from
 * the CPR number once, at registration, so reports can use them without touching the CPR.
 */
@Entity
@Table(name = "case_file", schema = "caseload")
@NamedQuery(name = "CaseFile.findInKommune",
    query = "select c from CaseFile c where c.id = :id and c.kommuneKode = :kommune")
@NamedQuery(name = "CaseFile.countByCpr",
    query = "select count(c) from CaseFile c where c.kommuneKode = :kommune and c.cpr = :cpr")
@NamedQuery(name = "CaseFile.pageByKommune",
    query = "select c from CaseFile c where c.kommuneKode = :kommune order by c.registeredAt desc, c.id")
@NamedQuery(name = "CaseFile.countByKommune",
    query = "select count(c) from CaseFile c where c.kommuneKode = :kommune")
public class CaseFile {

  @Id
  private UUID id;

  @Column(name = "kommune_kode", nullable = false, columnDefinition = "bpchar(3)")
  private String kommuneKode;

  @Column(name = "cpr", nullable = false, columnDefinition = "bpchar(10)")
  private String cpr;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @Column(name = "gender", nullable = false)
  private Gender gender;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "residence_basis", nullable = false)
  private ResidenceBasis residenceBasis;

  @Column(name = "takeover_date", nullable = false)
  private LocalDate takeoverDate;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CaseFile() {}

  public CaseFile(KommuneKode kommune, Cpr cpr, String fullName, ResidenceBasis residenceBasis,
      LocalDate takeoverDate, String registeredBy) {
    this.id = UUID.randomUUID();
    this.kommuneKode = Objects.requireNonNull(kommune).value();
    this.cpr = Objects.requireNonNull(cpr).value();
    this.gender = cpr.gender();
    this.birthDate = cpr.birthDate();
    this.fullName = Objects.requireNonNull(fullName).strip();
    this.residenceBasis = Objects.requireNonNull(residenceBasis);
    this.takeoverDate = Objects.requireNonNull(takeoverDate);
    this.registeredAt = Instant.now();
    this.registeredBy = Objects.requireNonNull(registeredBy);
  }

  public UUID id() {
    return id;
  }

  public KommuneKode kommune() {
    return KommuneKode.parse(kommuneKode);
  }

  public Cpr cpr() {
    return Cpr.parse(cpr);
  }

  public String fullName() {
    return fullName;
  }

  public Gender gender() {
    return gender;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public ResidenceBasis residenceBasis() {
    return residenceBasis;
  }

  public LocalDate takeoverDate() {
    return takeoverDate;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public long version() {
    return version;
  }
}
