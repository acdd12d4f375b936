package dk.jobbro.handover.entity;

import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a handover's content, kept for ever so the kommune can see who supplied what and when. The content
 * is stored encrypted, like the handover's own ({@link PersonalDataCipher}); a revision never changes once stored.
 */
@Entity
@Table(name = "handover_revision", schema = "handover")
@NamedQuery(name = "HandoverRevision.ofHandover",
    query = "select r from HandoverRevision r where r.handoverId = :handover order by r.revision")
public final class HandoverRevision {

  public static final EncryptedColumn CONTENT_COLUMN = new EncryptedColumn("handover.handover_revision", "content");

  @Id
  private UUID id;

  @Column(name = "handover_id", nullable = false)
  private UUID handoverId;

  @Column(name = "revision", nullable = false)
  private int revision;

  @Column(name = "content", nullable = false)
  private String contentCipher;

  @Transient
  private String content;

  @Column(name = "supplied_by", nullable = false)
  private String suppliedBy;

  @Column(name = "supplied_at", nullable = false)
  private Instant suppliedAt;

  protected HandoverRevision() {}

  public HandoverRevision(UUID handoverId, int revision, String content, String suppliedBy, Instant suppliedAt) {
    this.id = UUID.randomUUID();
    this.handoverId = handoverId;
    this.revision = revision;
    this.content = content;
    this.suppliedBy = suppliedBy;
    this.suppliedAt = suppliedAt;
  }

  public int revision() {
    return revision;
  }

  public String content() {
    if (content == null) {
      content = PersonalDataCipher.configured().decrypt(contentCipher, CONTENT_COLUMN.context());
    }
    return content;
  }

  @PrePersist
  void seal() {
    contentCipher = encrypted(content);
  }

  /** A revision's content as stored: for the batch import, which inserts revisions without JPA. */
  public static String encrypted(String content) {
    return PersonalDataCipher.configured().encrypt(content, CONTENT_COLUMN.context());
  }

  public String suppliedBy() {
    return suppliedBy;
  }

  public Instant suppliedAt() {
    return suppliedAt;
  }
}
