package dk.jobbro.employers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A kommune's own note on a company. Companies are shared nationally, but what one jobcentre knows or thinks of a
 * company stays in that kommune, so every query on notes is scoped to the caller's kommune.
 */
@Entity
@Table(name = "employer_note", schema = "employers")
@NamedQuery(name = "EmployerNote.byEmployerAndKommune", query = "select n from EmployerNote n "
    + "where n.employerId = :employer and n.kommuneKode = :kommune order by n.writtenAt desc, n.id")
public final class EmployerNote {

  @Id
  private UUID id;

  @Column(name = "employer_id", nullable = false)
  private UUID employerId;

  @Column(name = "kommune_kode", nullable = false, columnDefinition = "bpchar(3)")
  private String kommuneKode;

  @Column(name = "text", nullable = false)
  private String text;

  @Column(name = "written_by", nullable = false)
  private String writtenBy;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected EmployerNote() {}

  public EmployerNote(UUID employerId, String kommuneKode, String text, String writtenBy, Instant writtenAt) {
    this.id = UUID.randomUUID();
    this.employerId = employerId;
    this.kommuneKode = kommuneKode;
    this.text = text.strip();
    this.writtenBy = writtenBy;
    this.writtenAt = writtenAt;
  }

  public UUID id() {
    return id;
  }

  public UUID employerId() {
    return employerId;
  }

  public String kommuneKode() {
    return kommuneKode;
  }

  public String text() {
    return text;
  }

  public String writtenBy() {
    return writtenBy;
  }

  public Instant writtenAt() {
    return writtenAt;
  }
}
