package dk.jobbro.caseload.entity;

import dk.jobbro.api.caseload.HandedOver;
import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the handover brought to a case besides the person and the competence profile, copied at takeover: the centre's
 * notes, the Danish classes taken in the centre, the job or IGU offer that influenced the visitation, and health
 * information (only ever handed over with the person's consent; only caseworkers see it). The case never reads the
 * handover again. The health information (GDPR art. 9) is stored encrypted like the CPR number
 * ({@link PersonalDataCipher}), and kept in clear only in memory.
 */
@Entity
@Table(name = "case_handover_content", schema = "caseload")
public final class CaseHandoverContent {

  /** The encrypted column of the health information, for the key rotation. */
  public static final EncryptedColumn HEALTH_COLUMN =
      new EncryptedColumn("caseload.case_handover_content", "health_information");

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Id
  @Column(name = "case_id")
  private UUID caseId;

  @Column(name = "notes")
  private String notes;

  /** The classes as a JSON array: read and written whole, never queried. */
  @Column(name = "danish_classes", nullable = false)
  private String danishClasses;

  @Column(name = "job_offer_description")
  private String jobOfferDescription;

  @Column(name = "job_offer_cvr")
  private String jobOfferCvr;

  @Column(name = "job_offer_igu")
  private Boolean jobOfferIgu;

  /** The health information encrypted; null when none was handed over. */
  @Column(name = "health_information")
  private String healthCipher;

  /** The health information in clear, in memory only: set when handed over, or decrypted on first read. */
  @Transient
  private String healthInformation;

  @Column(name = "health_consent_purpose")
  private String healthConsentPurpose;

  @Column(name = "health_consent_given_on")
  private LocalDate healthConsentGivenOn;

  protected CaseHandoverContent() {}

  public CaseHandoverContent(UUID caseId, HandedOver content) {
    this.caseId = Objects.requireNonNull(caseId);
    this.notes = content.notes();
    this.danishClasses = JSONB.toJson(content.danishClasses() == null ? List.of() : content.danishClasses());
    if (content.jobOffer() != null) {
      this.jobOfferDescription = content.jobOffer().description();
      this.jobOfferCvr = content.jobOffer().cvr();
      this.jobOfferIgu = content.jobOffer().igu();
    }
    if (content.health() != null) {
      this.healthInformation = content.health().information();
      this.healthConsentPurpose = content.health().consentPurpose();
      this.healthConsentGivenOn = content.health().consentGivenOn();
    }
  }

  /** Whether the handover brought anything worth a row. */
  public static boolean worthKeeping(HandedOver content) {
    return content.notes() != null || (content.danishClasses() != null && !content.danishClasses().isEmpty())
        || content.jobOffer() != null || content.health() != null;
  }

  public String notes() {
    return notes;
  }

  public List<HandedOver.DanishClass> danishClasses() {
    return List.of(JSONB.fromJson(danishClasses, HandedOver.DanishClass[].class));
  }

  public HandedOver.JobOffer jobOffer() {
    return jobOfferDescription == null && jobOfferCvr == null ? null
        : new HandedOver.JobOffer(jobOfferDescription, jobOfferCvr, jobOfferIgu);
  }

  public HandedOver.Health health() {
    if (healthInformation == null && healthCipher != null) {
      healthInformation = PersonalDataCipher.configured().decrypt(healthCipher, HEALTH_COLUMN.context());
    }
    return healthInformation == null ? null
        : new HandedOver.Health(healthInformation, healthConsentPurpose, healthConsentGivenOn);
  }

  /** Encrypts the health information when it is stored (here, not in the constructor: unit tests need no keys). */
  @PrePersist
  @PreUpdate
  void sealHealth() {
    if (healthInformation != null && healthCipher == null) {
      healthCipher = PersonalDataCipher.configured().encrypt(healthInformation, HEALTH_COLUMN.context());
    }
  }
}
