package dk.jobbro.employers.entity;

import dk.jobbro.api.caseload.OfferType;
import dk.jobbro.api.employers.VacancyStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A company's demand for people: N persons for an occupation, with languages and skills, as IGU, løntilskud,
 * virksomhedspraktik or ordinary job. Whether other kommuner's candidates are welcome, and from how far, is the
 * vacancy's own choice, because employers often need people their own kommune does not have.
 */
@Entity
@Table(name = "vacancy", schema = "employers")
public final class Vacancy {

  /** Everything but the lists, as registered. */
  public record Terms(UUID employerId, String title, String occupationCode, int persons, double hoursPerWeek,
      LocalDate startDate, String locationKommune, OfferType offerType, boolean openToOtherKommuner,
      Integer maxCommuteKm, boolean drivingLicenceRequired) {}

  @Id
  private UUID id;

  @Column(name = "kommune_kode", nullable = false, columnDefinition = "bpchar(3)")
  private String kommuneKode;

  @Column(name = "employer_id", nullable = false)
  private UUID employerId;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "occupation_code", nullable = false)
  private String occupationCode;

  @Column(name = "persons", nullable = false)
  private int persons;

  @Column(name = "hours_per_week", nullable = false, precision = 4, scale = 1)
  private BigDecimal hoursPerWeek;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "location_kommune", nullable = false, columnDefinition = "bpchar(3)")
  private String locationKommune;

  @Enumerated(EnumType.STRING)
  @Column(name = "offer_type", nullable = false)
  private OfferType offerType;

  @Column(name = "open_to_other_kommuner", nullable = false)
  private boolean openToOtherKommuner;

  @Column(name = "max_commute_km")
  private Integer maxCommuteKm;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "vacancy_language", schema = "employers", joinColumns = @JoinColumn(name = "vacancy_id"))
  @OrderColumn(name = "position")
  private List<VacancyLanguage> languages = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "vacancy_skill", schema = "employers", joinColumns = @JoinColumn(name = "vacancy_id"))
  @OrderColumn(name = "position")
  @Column(name = "skill", nullable = false)
  private List<String> skills = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private VacancyStatus status;

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "driving_licence_required", nullable = false)
  private boolean drivingLicenceRequired;

  @Version
  private long version;

  protected Vacancy() {}

  public Vacancy(String kommuneKode, Terms t, List<VacancyLanguage> languages, List<String> skills,
      String registeredBy, Instant now) {
    this.id = UUID.randomUUID();
    this.kommuneKode = kommuneKode;
    this.employerId = t.employerId();
    this.title = t.title().strip();
    this.occupationCode = t.occupationCode();
    this.persons = t.persons();
    this.hoursPerWeek = BigDecimal.valueOf(t.hoursPerWeek());
    this.startDate = t.startDate();
    this.locationKommune = t.locationKommune();
    this.offerType = t.offerType();
    this.openToOtherKommuner = t.openToOtherKommuner();
    this.maxCommuteKm = t.openToOtherKommuner() ? t.maxCommuteKm() : null;
    this.languages.addAll(languages);
    this.skills.addAll(skills);
    this.drivingLicenceRequired = t.drivingLicenceRequired();
    this.status = VacancyStatus.OPEN;
    this.registeredBy = registeredBy;
    this.registeredAt = now;
  }

  /**
   * @throws IllegalStateException when it is closed already
   * @throws IllegalArgumentException when the new status is OPEN
   */
  public void close(VacancyStatus next) {
    if (next == VacancyStatus.OPEN) {
      throw new IllegalArgumentException("must be FILLED or CLOSED");
    }
    if (status != VacancyStatus.OPEN) {
      throw new IllegalStateException("the vacancy is " + status + " already");
    }
    this.status = next;
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

  public String title() {
    return title;
  }

  public String occupationCode() {
    return occupationCode;
  }

  public int persons() {
    return persons;
  }

  public double hoursPerWeek() {
    return hoursPerWeek.doubleValue();
  }

  public LocalDate startDate() {
    return startDate;
  }

  public String locationKommune() {
    return locationKommune;
  }

  public OfferType offerType() {
    return offerType;
  }

  public boolean openToOtherKommuner() {
    return openToOtherKommuner;
  }

  public Integer maxCommuteKm() {
    return maxCommuteKm;
  }

  public List<VacancyLanguage> languages() {
    return List.copyOf(languages);
  }

  public boolean drivingLicenceRequired() {
    return drivingLicenceRequired;
  }

  public List<String> skills() {
    return List.copyOf(skills);
  }

  public VacancyStatus status() {
    return status;
  }

  public long version() {
    return version;
  }
}
