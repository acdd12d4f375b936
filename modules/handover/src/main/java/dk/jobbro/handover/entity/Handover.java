package dk.jobbro.handover.entity;

import dk.jobbro.api.handover.HandoverStatus;
import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.SQLRestriction;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A handover from an asylum operator to the kommune a person is visited to. The facts the inbox sorts and filters
 * by are columns; the whole current content is kept as JSON text, and every version in {@link HandoverRevision}.
 * The status only moves forward: SENT ⇄ RECEIVED/INFO_REQUESTED/ANSWERED until it ends as TAKEN_OVER, WITHDRAWN or
 * MERGED. Family members handed over together share a household id, which {@code Households} keeps (by SQL, so it is
 * read-only here).
 *
 * <p>The CPR number and the content (which holds the CPR number and any art. 9 health information) are stored
 * encrypted ({@link PersonalDataCipher}); the entity keeps them in clear in memory only, decrypting on first use and
 * encrypting when it is stored. The person key of a CPR number is {@code cpr:} and its blind index, not the number.
 */
@Entity
@Table(name = "handover", schema = "handover")
// an anonymised handover (retention, HandoverPrivacy) names nobody any more: no entity query finds it
@SQLRestriction("anonymised_at is null")
@NamedQuery(name = "Handover.inKommune",
    query = "select h from Handover h where h.id = :id and h.receivingKommune = :kommune")
@NamedQuery(name = "Handover.ofSender", query = "select h from Handover h where h.id = :id and h.sender = :sender")
@NamedQuery(name = "Handover.live",
    query = "select h from Handover h where h.receivingKommune in :kommuner and h.personKey in :keys"
        + " and h.status not in (dk.jobbro.api.handover.HandoverStatus.WITHDRAWN,"
        + " dk.jobbro.api.handover.HandoverStatus.MERGED)")
@NamedQuery(name = "Handover.markReceived",
    query = "update Handover h set h.status = dk.jobbro.api.handover.HandoverStatus.RECEIVED,"
        + " h.receivedAt = coalesce(h.receivedAt, :now), h.version = h.version + 1"
        + " where h.id = :id and h.status = dk.jobbro.api.handover.HandoverStatus.SENT")
public final class Handover {

  /** Where the encrypted CPR number and content live (each value is bound to its column). */
  public static final EncryptedColumn CPR_COLUMN = new EncryptedColumn("handover.handover", "cpr_cipher");
  public static final EncryptedColumn CONTENT_COLUMN = new EncryptedColumn("handover.handover", "content");

  @Id
  private UUID id;

  @Column(name = "sender", nullable = false)
  private String sender;

  @Column(name = "receiving_kommune", nullable = false, columnDefinition = "bpchar(3)")
  private String receivingKommune;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private HandoverStatus status;

  @Column(name = "cpr_cipher")
  private String cprCipher;

  @Transient
  private String cpr;

  /** The clear values the two encrypted columns are known to hold, so only a change is encrypted anew. */
  @Transient
  private String sealedCpr;

  @Transient
  private String sealedContent;

  @Column(name = "case_number")
  private String caseNumber;

  @Column(name = "person_key", nullable = false)
  private String personKey;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "visitation_decision_date")
  private LocalDate visitationDecisionDate;

  @Column(name = "expected_takeover_date")
  private LocalDate expectedTakeoverDate;

  @Column(name = "completeness_score", nullable = false)
  private int completenessScore;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "content", nullable = false)
  private String contentCipher;

  @Transient
  private String content;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "taken_over_at")
  private Instant takenOverAt;

  @Column(name = "takeover_date")
  private LocalDate takeoverDate;

  @Column(name = "case_id")
  private UUID caseId;

  @Column(name = "household_id", insertable = false, updatable = false)
  private UUID householdId;

  @Column(name = "dependant", nullable = false)
  private boolean dependant;

  @Column(name = "merged_into")
  private UUID mergedInto;

  @Column(name = "merged_at")
  private Instant mergedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Handover() {}

  public Handover(UUID id, String sender, String receivingKommune, Instant sentAt) {
    this.id = id;
    this.sender = sender;
    this.receivingKommune = receivingKommune;
    this.sentAt = sentAt;
    this.status = HandoverStatus.SENT;
  }

  /** Takes a new version of the content; the caller has checked it and computed the derived facts. */
  public void describe(Facts facts, String content) {
    this.cpr = facts.cpr();
    this.caseNumber = facts.caseNumber();
    this.personKey = facts.personKey();
    this.fullName = facts.name();
    this.visitationDecisionDate = facts.visitationDecisionDate();
    this.expectedTakeoverDate = facts.expectedTakeoverDate();
    this.completenessScore = facts.completenessScore();
    this.content = content;
    this.revision++;
  }

  /**
   * An amendment is sent anew: the kommune acknowledges it on its next read. One that answers an information request
   * (or amends an answer the kommune has not acted on yet) is ANSWERED instead, so the kommune sees the answer.
   */
  public void resend(boolean answersRequest) {
    requireOpen();
    this.status = answersRequest || status == HandoverStatus.ANSWERED ? HandoverStatus.ANSWERED : HandoverStatus.SENT;
  }

  public void requestInformation() {
    requireOpen();
    this.status = HandoverStatus.INFO_REQUESTED;
  }

  public void withdraw(Instant at) {
    requireOpen();
    this.status = HandoverStatus.WITHDRAWN;
    this.withdrawnAt = at;
  }

  /** The receiving kommune merges this handover into {@code kept}, another handover of the same person it keeps. */
  public void mergeInto(UUID kept, Instant at) {
    requireOpen();
    this.status = HandoverStatus.MERGED;
    this.mergedInto = kept;
    this.mergedAt = at;
  }

  public void takeOver(UUID caseId, LocalDate takeoverDate, String cpr, Instant at) {
    requireOpen();
    this.status = HandoverStatus.TAKEN_OVER;
    this.caseId = caseId;
    this.takeoverDate = takeoverDate;
    this.takenOverAt = at;
    if (cpr() == null) {
      this.cpr = cpr;
    }
  }

  /**
   * A child's handover taken over with its family: registered as a dependant on {@code caseId}, an adult household
   * member's case, not in a programme of its own.
   */
  public void takeOverAsDependant(UUID caseId, LocalDate takeoverDate, Instant at) {
    requireOpen();
    this.status = HandoverStatus.TAKEN_OVER;
    this.dependant = true;
    this.caseId = caseId;
    this.takeoverDate = takeoverDate;
    this.takenOverAt = at;
  }

  /** The kommune agreed an earlier takeover date on the case: the handover shows the date that holds. */
  public void takeoverAgreed(LocalDate takeoverDate) {
    if (status == HandoverStatus.TAKEN_OVER) {
      this.takeoverDate = takeoverDate;
    }
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw new IllegalStateException("the handover is " + status);
    }
  }

  /**
   * The columns derived from one version of the content.
   *
   * @param cpr 10 digits or null
   * @param caseNumber the immigration service's case number or null
   * @param personKey how the person is recognised across handovers
   * @param name full name
   * @param visitationDecisionDate as handed over
   * @param expectedTakeoverDate computed
   * @param completenessScore 0 to 100
   */
  public record Facts(String cpr, String caseNumber, String personKey, String name, LocalDate visitationDecisionDate,
      LocalDate expectedTakeoverDate, int completenessScore) {}

  public UUID id() {
    return id;
  }

  public String sender() {
    return sender;
  }

  public String receivingKommune() {
    return receivingKommune;
  }

  public HandoverStatus status() {
    return status;
  }

  public String cpr() {
    if (cpr == null && cprCipher != null) {
      cpr = PersonalDataCipher.configured().decrypt(cprCipher, CPR_COLUMN.context());
      sealedCpr = cpr;
    }
    return cpr;
  }

  /**
   * The person as the access log attributes an access to this handover: the CPR number (null before one is
   * assigned) and the receiving kommune, whose data protection officer sees who read or wrote it.
   */
  public dk.jobbro.api.shared.audit.DataSubject dataSubject() {
    return new dk.jobbro.api.shared.audit.DataSubject(cpr(), receivingKommune);
  }

  public String caseNumber() {
    return caseNumber;
  }

  public String personKey() {
    return personKey;
  }

  public String fullName() {
    return fullName;
  }

  public LocalDate visitationDecisionDate() {
    return visitationDecisionDate;
  }

  public LocalDate expectedTakeoverDate() {
    return expectedTakeoverDate;
  }

  public int completenessScore() {
    return completenessScore;
  }

  public int revision() {
    return revision;
  }

  public String content() {
    if (content == null && contentCipher != null) {
      content = PersonalDataCipher.configured().decrypt(contentCipher, CONTENT_COLUMN.context());
      sealedContent = content;
    }
    return content;
  }

  /**
   * Encrypts what changed in memory into the stored columns: when JPA stores the handover, and before the batch
   * import's own INSERT ({@link #cprCipher()}, {@link #contentCipher()}).
   */
  @PrePersist
  @PreUpdate
  public void seal() {
    PersonalDataCipher cipher = null;
    if (cpr != null && !cpr.equals(sealedCpr)) {
      cipher = PersonalDataCipher.configured();
      cprCipher = cipher.encrypt(cpr, CPR_COLUMN.context());
      sealedCpr = cpr;
    } else if (cpr == null && sealedCpr != null) {
      cprCipher = null; // a number known in memory and then removed (not merely not decrypted yet)
      sealedCpr = null;
    }
    if (content != null && !content.equals(sealedContent)) {
      cipher = cipher != null ? cipher : PersonalDataCipher.configured();
      contentCipher = cipher.encrypt(content, CONTENT_COLUMN.context());
      sealedContent = content;
    }
  }

  /**
   * Takes the stored form of the CPR number and content in memory from a caller that has encrypted them already (the
   * batch import encrypts on its checking threads, in parallel, rather than on the one thread that writes), so
   * {@link #seal()} has nothing left to encrypt.
   */
  public void sealedAs(String cprCipher, String contentCipher) {
    this.cprCipher = cprCipher;
    this.sealedCpr = cpr;
    this.contentCipher = contentCipher;
    this.sealedContent = content;
  }

  /** The CPR number as stored (encrypted), after {@link #seal()}. */
  public String cprCipher() {
    return cprCipher;
  }

  /** The content as stored (encrypted), after {@link #seal()}. */
  public String contentCipher() {
    return contentCipher;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public LocalDate takeoverDate() {
    return takeoverDate;
  }

  public UUID caseId() {
    return caseId;
  }

  public boolean dependant() {
    return dependant;
  }

  public UUID mergedInto() {
    return mergedInto;
  }

  public long version() {
    return version;
  }
}
