package dk.jobbro.caseload.entity;

import dk.jobbro.api.caseload.CaseStatus;
import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.DanishTrack;
import dk.jobbro.api.caseload.JobReadiness;
import dk.jobbro.api.caseload.ProgrammeEndReason;
import dk.jobbro.api.caseload.ResidenceBasis;
import dk.jobbro.api.caseload.SelfSupportingKind;
import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.Gender;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import org.hibernate.annotations.SQLRestriction;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's integration-programme case in one kommune: who the person is, on what basis they live here, when the
 * kommune took over responsibility, and the clocks that start then — the contract within a month, the first
 * company-oriented offer within 14 days (target) and a month (legal latest), the programme of 1 year, extendable to
 * 5. The deadline dates are stored, not only derived, so the worklist can sort by them in the database.
 *
 * <p>Gender and birth date are derived from the CPR number once, at registration, so reports never need the CPR.
 */
@Entity
@Table(name = "case_file", schema = "caseload")
// an anonymised case (retention, CasePrivacy) is nobody's case any more: no entity query finds it
@SQLRestriction("anonymised_at is null")
// A case changed (or read inside a transaction) is loaded with its education, work experience and skills in one
// statement: the answer shows them. Those are ordered lists, which Hibernate builds by their position however the
// joined rows multiply. The languages are a bag (no position) and load on their own when shown: joined here, each
// language came once per combination of the other lists' rows (two educations, two jobs and two skills showed every
// language eight times). A plain GET reads none of this: CaseReadQuery reads it all in one statement.
@NamedQuery(name = "CaseFile.findInKommune",
    query = "select c from CaseFile c left join fetch c.education"
        + " left join fetch c.workExperience left join fetch c.skills where c.id = :id and c.kommuneKode = :kommune")
@NamedQuery(name = "CaseFile.idByCpr",
    query = "select c.id from CaseFile c where c.kommuneKode = :kommune and c.cprIndex = :cprIndex")
@NamedQuery(name = "CaseFile.pageByKommune",
    query = "select c from CaseFile c where c.kommuneKode = :kommune order by c.registeredAt desc, c.id")
@NamedQuery(name = "CaseFile.findByHandover",
    query = "select c from CaseFile c where c.handoverId = :handover")
// The status is a literal, not a parameter: only with 'ACTIVE' in the SQL text can PostgreSQL's cached plan use the
// partial unique index on the active programmes (case_file_one_active_programme_uq); with a parameter its generic
// plan is a sequential scan, so it planned the statement anew for each registration.
@NamedQuery(name = "CaseFile.activeByCpr",
    query = "select c from CaseFile c where c.cprIndex = :cprIndex"
        + " and c.status = " + CaseFile.JPQL_ACTIVE)
@NamedQuery(name = "CaseFile.countByKommune",
    query = "select count(c) from CaseFile c where c.kommuneKode = :kommune")
public final class CaseFile {

  /** The active status as a JPQL literal, for queries that must name it in their text (see activeByCpr). */
  public static final String JPQL_ACTIVE = "dk.jobbro.api.caseload.CaseStatus.ACTIVE";

  /** The programme runs 1 year unless extended, and never more than 5 (integrationsloven). */
  public static final int PROGRAMME_YEARS = 1;
  public static final int PROGRAMME_MAX_YEARS = 5;

  /** Where the encrypted CPR number lives (its values are bound to this context). */
  public static final EncryptedColumn CPR_COLUMN = new EncryptedColumn("caseload.case_file", "cpr_cipher");
  static final int FIRST_OFFER_TARGET_DAYS = 14;

  @Id
  private UUID id;

  @Column(name = "kommune_kode", nullable = false, columnDefinition = "bpchar(3)")
  private String kommuneKode;

  /** The CPR number encrypted (AES-GCM, {@link PersonalDataCipher}); never stored in clear. */
  @Column(name = "cpr_cipher", nullable = false)
  private String cprCipher;

  /** The CPR number's blind index: what lookups and the unique indexes compare. */
  @Column(name = "cpr_index", nullable = false)
  private byte[] cprIndex;

  /** The 10 digits, set at registration or decrypted on first use; sealed into the two columns when stored. */
  @Transient
  private String cpr;

  /** The 10 digits that {@link #cprCipher} is known to hold (null when not yet stored or not yet decrypted). */
  @Transient
  private String sealedCpr;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @Column(name = "gender", nullable = false)
  private Gender gender;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "country_of_origin")
  private String countryOfOrigin;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "case_language", schema = "caseload", joinColumns = @JoinColumn(name = "case_id"))
  private List<CaseLanguage> languages = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "case_education", schema = "caseload", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  private List<CaseEducation> education = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "case_work_experience", schema = "caseload", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  private List<CaseWorkExperience> workExperience = new ArrayList<>();

  @Column(name = "driving_licence")
  private Boolean drivingLicence;

  @ElementCollection
  @CollectionTable(name = "case_skill", schema = "caseload", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "position")
  @Column(name = "skill", nullable = false)
  private List<String> skills = new ArrayList<>();

  @Column(name = "handover_id")
  private UUID handoverId;

  /** The household of the handover the case came from (family members handed over together), if any. */
  @Column(name = "household_id")
  private UUID householdId;

  @Enumerated(EnumType.STRING)
  @Column(name = "residence_basis", nullable = false)
  private ResidenceBasis residenceBasis;

  @Column(name = "residence_permit_date")
  private LocalDate residencePermitDate;

  @Column(name = "visitation_decision_date")
  private LocalDate visitationDecisionDate;

  @Column(name = "cpr_registration_date")
  private LocalDate cprRegistrationDate;

  @Column(name = "expected_takeover_date")
  private LocalDate expectedTakeoverDate;

  @Column(name = "takeover_date", nullable = false)
  private LocalDate takeoverDate;

  @Column(name = "takeover_agreed", nullable = false)
  private boolean takeoverAgreed;

  @Column(name = "first_offer_target_date", nullable = false)
  private LocalDate firstOfferTargetDate;

  @Column(name = "first_offer_latest_date", nullable = false)
  private LocalDate firstOfferLatestDate;

  @Column(name = "first_offer_date")
  private LocalDate firstOfferDate;

  @Column(name = "contract_due_date", nullable = false)
  private LocalDate contractDueDate;

  @Column(name = "contract_signed_date")
  private LocalDate contractSignedDate;

  @Column(name = "programme_planned_end", nullable = false)
  private LocalDate programmePlannedEnd;

  @Column(name = "programme_end_date")
  private LocalDate programmeEndDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "programme_end_reason")
  private ProgrammeEndReason programmeEndReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "job_readiness", nullable = false)
  private JobReadiness jobReadiness = JobReadiness.JOBPARAT;

  @Enumerated(EnumType.STRING)
  @Column(name = "danish_track")
  private DanishTrack danishTrack;

  @Column(name = "danish_module")
  private Integer danishModule;

  @Column(name = "self_supporting_date")
  private LocalDate selfSupportingDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "self_supporting_kind")
  private SelfSupportingKind selfSupportingKind;

  @Column(name = "assigned_to")
  private String assignedTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private CaseStatus status = CaseStatus.ACTIVE;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", nullable = false)
  private String registeredBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CaseFile() {}

  /**
   * Registers a person.
   *
   * @param takeover when the kommune takes over: the agreed date if {@code agreed}, else the computed one
   * @param expectedTakeover the date the takeover rule computes, or null when its inputs are unknown
   */
  public CaseFile(KommuneKode kommune, Cpr cpr, String fullName, ResidenceBasis residenceBasis,
      LocalDate takeover, boolean agreed, LocalDate expectedTakeover, String registeredBy) {
    this.id = UUID.randomUUID();
    this.kommuneKode = Objects.requireNonNull(kommune).value();
    this.cpr = Objects.requireNonNull(cpr).value();
    this.gender = cpr.gender();
    this.birthDate = cpr.birthDate();
    this.fullName = Objects.requireNonNull(fullName).strip();
    this.residenceBasis = Objects.requireNonNull(residenceBasis);
    this.expectedTakeoverDate = expectedTakeover;
    this.registeredAt = Instant.now();
    this.registeredBy = Objects.requireNonNull(registeredBy);
    startClocksAt(Objects.requireNonNull(takeover), agreed);
  }

  /**
   * A case read with plain JDBC for an answer ({@code CaseReadQuery}): the columns of {@code row}'s current row, by
   * the names mapped above, and the collections read beside it. Nothing manages the instance: it is for rendering
   * only, and a change must load the case through the entity manager.
   */
  public static CaseFile fromRow(ResultSet row, List<CaseLanguage> languages, List<CaseEducation> education,
      List<CaseWorkExperience> workExperience, List<String> skills) throws SQLException {
    CaseFile c = new CaseFile();
    c.id = uuid(row, "id");
    c.kommuneKode = row.getString("kommune_kode");
    c.cprCipher = row.getString("cpr_cipher");
    c.cprIndex = row.getBytes("cpr_index");
    c.fullName = row.getString("full_name");
    c.gender = enumOf(Gender.class, row.getString("gender"));
    c.birthDate = date(row, "birth_date");
    c.countryOfOrigin = row.getString("country_of_origin");
    c.languages.addAll(languages);
    c.education.addAll(education);
    c.workExperience.addAll(workExperience);
    c.drivingLicence = nullableBoolean(row, "driving_licence");
    c.skills.addAll(skills);
    c.handoverId = uuid(row, "handover_id");
    c.householdId = uuid(row, "household_id");
    c.residenceBasis = enumOf(ResidenceBasis.class, row.getString("residence_basis"));
    c.residencePermitDate = date(row, "residence_permit_date");
    c.visitationDecisionDate = date(row, "visitation_decision_date");
    c.cprRegistrationDate = date(row, "cpr_registration_date");
    c.expectedTakeoverDate = date(row, "expected_takeover_date");
    c.takeoverDate = date(row, "takeover_date");
    c.takeoverAgreed = row.getBoolean("takeover_agreed");
    c.firstOfferTargetDate = date(row, "first_offer_target_date");
    c.firstOfferLatestDate = date(row, "first_offer_latest_date");
    c.firstOfferDate = date(row, "first_offer_date");
    c.contractDueDate = date(row, "contract_due_date");
    c.contractSignedDate = date(row, "contract_signed_date");
    c.programmePlannedEnd = date(row, "programme_planned_end");
    c.programmeEndDate = date(row, "programme_end_date");
    c.programmeEndReason = enumOf(ProgrammeEndReason.class, row.getString("programme_end_reason"));
    c.jobReadiness = enumOf(JobReadiness.class, row.getString("job_readiness"));
    c.danishTrack = enumOf(DanishTrack.class, row.getString("danish_track"));
    c.danishModule = nullableInt(row, "danish_module");
    c.selfSupportingDate = date(row, "self_supporting_date");
    c.selfSupportingKind = enumOf(SelfSupportingKind.class, row.getString("self_supporting_kind"));
    c.assignedTo = row.getString("assigned_to");
    c.status = enumOf(CaseStatus.class, row.getString("status"));
    c.registeredAt = row.getTimestamp("registered_at").toInstant();
    c.registeredBy = row.getString("registered_by");
    c.version = row.getLong("version");
    return c;
  }

  // The column readers below use the JDBC 4.0 getters only: Payara's pool wraps the driver's ResultSet, and its
  // wrapper reaches the JDBC 4.1 getObject(column, type) by reflection, looking the method up on every call (a
  // profile of the case read found that lookup in a quarter of the samples of reading the case).

  /** An enum column as {@code @Enumerated(STRING)} stores it: the constant's name, or null. */
  private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  private static UUID uuid(ResultSet row, String column) throws SQLException {
    String text = row.getString(column);
    return text == null ? null : UUID.fromString(text);
  }

  /** A date column: PostgreSQL sends dates as yyyy-MM-dd (the driver sets DateStyle ISO). */
  private static LocalDate date(ResultSet row, String column) throws SQLException {
    String text = row.getString(column);
    return text == null ? null : LocalDate.parse(text);
  }

  private static Boolean nullableBoolean(ResultSet row, String column) throws SQLException {
    boolean value = row.getBoolean(column);
    return row.wasNull() ? null : value;
  }

  private static Integer nullableInt(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  /** The takeover date starts every clock of the programme. */
  private void startClocksAt(LocalDate takeover, boolean agreed) {
    this.takeoverDate = takeover;
    this.takeoverAgreed = agreed;
    this.firstOfferTargetDate = takeover.plusDays(FIRST_OFFER_TARGET_DAYS);
    this.firstOfferLatestDate = takeover.plusMonths(1); // 31 January + 1 month = 28/29 February
    this.contractDueDate = takeover.plusMonths(1);
    this.programmePlannedEnd = takeover.plusYears(PROGRAMME_YEARS);
  }

  /** Records the dates the takeover rule needs; they do not move an agreed takeover. */
  public void recordResidenceDates(LocalDate permit, LocalDate visitationDecision, LocalDate cprRegistration) {
    this.residencePermitDate = permit;
    this.visitationDecisionDate = visitationDecision;
    this.cprRegistrationDate = cprRegistration;
  }

  /** Attaches the competence profile from the handover the case came from. */
  public void attachCompetences(CompetenceProfile profile, UUID fromHandover) {
    this.education.clear();
    profile.educationOrEmpty().forEach(e -> this.education.add(new CaseEducation(e)));
    this.workExperience.clear();
    profile.workExperienceOrEmpty().forEach(w -> this.workExperience.add(new CaseWorkExperience(w)));
    this.drivingLicence = profile.drivingLicence();
    this.skills.clear();
    profile.skillsOrEmpty().stream().map(String::strip).distinct().forEach(this.skills::add);
    if (fromHandover != null) {
      this.handoverId = fromHandover;
    }
  }

  public CompetenceProfile competences() {
    return new CompetenceProfile(education.stream().map(CaseEducation::view).toList(),
        workExperience.stream().map(CaseWorkExperience::view).toList(), drivingLicence, List.copyOf(skills));
  }

  public UUID handoverId() {
    return handoverId;
  }

  /** The case came from a handover of a family member handed over with others: they form a household. */
  public void joinHousehold(UUID household) {
    this.householdId = household;
  }

  public UUID householdId() {
    return householdId;
  }

  /** An earlier takeover agreed with the person; never later than the computed date. */
  public void agreeTakeover(LocalDate agreed) {
    if (expectedTakeoverDate != null && agreed.isAfter(expectedTakeoverDate)) {
      throw new IllegalArgumentException("an agreed takeover date cannot be later than the computed "
          + expectedTakeoverDate);
    }
    startClocksAt(agreed, true);
  }

  public void describePerson(String name, String country, List<CaseLanguage> spoken, LocalDate permit) {
    this.fullName = Objects.requireNonNull(name).strip();
    this.countryOfOrigin = country == null || country.isBlank() ? null : country.strip();
    this.languages.clear();
    this.languages.addAll(spoken);
    this.residencePermitDate = permit;
  }

  /**
   * Notes a company-oriented offer; the earliest one meets the first-offer duty. The stored date is that offer's start
   * even when it lies ahead: the duty is met only from that day ({@code FirstOfferClock.metOn}), so a planned offer
   * does not stop the clock early and needs no job to stop it on time.
   *
   * @return true when this offer is now the first
   */
  public boolean noteCompanyOrientedOffer(LocalDate start) {
    if (firstOfferDate == null || start.isBefore(firstOfferDate)) {
      firstOfferDate = start;
      return true;
    }
    return false;
  }

  /**
   * Sets the first company-oriented offer again from the offers that still count, after one was cancelled: the clocks
   * reopen when the cancelled one was the first.
   *
   * @param earliestStart the start of the earliest company-oriented offer not cancelled, or null when none is left
   */
  public void recountFirstOffer(LocalDate earliestStart) {
    this.firstOfferDate = earliestStart;
  }

  public void signContract(LocalDate signed) {
    this.contractSignedDate = signed;
  }

  public void changeJobReadiness(JobReadiness category) {
    this.jobReadiness = category;
  }

  public void extendProgramme(LocalDate plannedEnd) {
    requireActive();
    if (plannedEnd.isAfter(takeoverDate.plusYears(PROGRAMME_MAX_YEARS))) {
      throw new IllegalArgumentException("the programme lasts at most 5 years, until "
          + takeoverDate.plusYears(PROGRAMME_MAX_YEARS));
    }
    if (!plannedEnd.isAfter(programmePlannedEnd)) {
      throw new IllegalArgumentException("an extension must end after the current planned end "
          + programmePlannedEnd);
    }
    this.programmePlannedEnd = plannedEnd;
  }

  public void endProgramme(LocalDate end, ProgrammeEndReason reason) {
    requireActive();
    if (end.isBefore(takeoverDate)) {
      throw new IllegalArgumentException("the programme cannot end before it started on " + takeoverDate);
    }
    this.programmeEndDate = end;
    this.programmeEndReason = reason;
    this.status = CaseStatus.CLOSED;
  }

  /** Self-support through a job or education ends the programme with the matching reason. */
  public void becomeSelfSupporting(SelfSupportingKind kind, LocalDate date) {
    endProgramme(date, kind.endReason());
    this.selfSupportingKind = kind;
    this.selfSupportingDate = date;
  }

  public void progressInDanish(DanishTrack track, Integer module) {
    this.danishTrack = track;
    this.danishModule = module;
  }

  public void assignTo(String caseworker) {
    this.assignedTo = caseworker == null || caseworker.isBlank() ? null : caseworker.strip();
  }

  /** The receiving kommune accepted the case; the sending kommune no longer sees it. */
  public void moveTo(KommuneKode kommune) {
    requireActive();
    this.kommuneKode = kommune.value();
    this.assignedTo = null;
  }

  public void requireActive() {
    if (status != CaseStatus.ACTIVE) {
      throw new IllegalStateException("the case is closed");
    }
  }

  public UUID id() {
    return id;
  }

  public KommuneKode kommune() {
    return KommuneKode.parse(kommuneKode);
  }

  public Cpr cpr() {
    if (cpr == null) {
      cpr = PersonalDataCipher.configured().decrypt(cprCipher, CPR_COLUMN.context());
      sealedCpr = cpr;
    }
    return Cpr.parse(cpr);
  }

  /** The blind index to look a person's cases up by (the named queries' {@code cprIndex}). */
  public static byte[] cprIndex(Cpr cpr) {
    return PersonalDataCipher.configured().blindIndex(cpr.value());
  }

  /**
   * Encrypts the CPR number and computes its blind index when the case is first stored, and again if the number
   * changed (kept in clear only in memory). Done here rather than in the constructor so that building a case in a
   * unit test needs no keys.
   */
  @PrePersist
  @PreUpdate
  void sealCpr() {
    if (cpr != null && !cpr.equals(sealedCpr)) {
      PersonalDataCipher cipher = PersonalDataCipher.configured();
      cprCipher = cipher.encrypt(cpr, CPR_COLUMN.context());
      cprIndex = cipher.blindIndex(cpr);
      sealedCpr = cpr;
    }
  }

  /** The person as the access log attributes an access to this case: the CPR number and the holding kommune. */
  public dk.jobbro.api.shared.audit.DataSubject dataSubject() {
    return new dk.jobbro.api.shared.audit.DataSubject(cpr().value(), kommuneKode);
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

  public String countryOfOrigin() {
    return countryOfOrigin;
  }

  public List<CaseLanguage> languages() {
    return List.copyOf(languages);
  }

  public ResidenceBasis residenceBasis() {
    return residenceBasis;
  }

  public LocalDate residencePermitDate() {
    return residencePermitDate;
  }

  public LocalDate visitationDecisionDate() {
    return visitationDecisionDate;
  }

  public LocalDate cprRegistrationDate() {
    return cprRegistrationDate;
  }

  public LocalDate expectedTakeoverDate() {
    return expectedTakeoverDate;
  }

  public LocalDate takeoverDate() {
    return takeoverDate;
  }

  public boolean takeoverAgreed() {
    return takeoverAgreed;
  }

  public LocalDate firstOfferTargetDate() {
    return firstOfferTargetDate;
  }

  public LocalDate firstOfferLatestDate() {
    return firstOfferLatestDate;
  }

  public LocalDate firstOfferDate() {
    return firstOfferDate;
  }

  public LocalDate contractDueDate() {
    return contractDueDate;
  }

  public LocalDate contractSignedDate() {
    return contractSignedDate;
  }

  public LocalDate programmePlannedEnd() {
    return programmePlannedEnd;
  }

  public LocalDate programmeEndDate() {
    return programmeEndDate;
  }

  public ProgrammeEndReason programmeEndReason() {
    return programmeEndReason;
  }

  public JobReadiness jobReadiness() {
    return jobReadiness;
  }

  public DanishTrack danishTrack() {
    return danishTrack;
  }

  public Integer danishModule() {
    return danishModule;
  }

  public LocalDate selfSupportingDate() {
    return selfSupportingDate;
  }

  public SelfSupportingKind selfSupportingKind() {
    return selfSupportingKind;
  }

  public String assignedTo() {
    return assignedTo;
  }

  public CaseStatus status() {
    return status;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public long version() {
    return version;
  }
}
