package dk.jobbro.caseload.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a case's journal: a caseworker's note, or a change to the case written from the domain's event in the
 * same transaction. Entries are never changed: a note is corrected by a new note that names it ({@link #corrects()}),
 * so what was written, and when, stays visible. The text of a note is personal data and never goes to a log.
 */
@Entity
@Table(name = "journal_entry", schema = "caseload")
@NamedQuery(name = "JournalEntry.pageOfCase",
    query = "select j from JournalEntry j where j.caseId = :caseId order by j.seq desc")
@NamedQuery(name = "JournalEntry.countOfCase", query = "select count(j) from JournalEntry j where j.caseId = :caseId")
@NamedQuery(name = "JournalEntry.ofCase",
    query = "select j from JournalEntry j where j.id = :id and j.caseId = :caseId")
@NamedQuery(name = "JournalEntry.noteOfCase",
    query = "select j from JournalEntry j where j.id = :id and j.caseId = :caseId and j.kind = :note")
public final class JournalEntry {

  /** A note someone wrote, or a change the system recorded. */
  public enum Kind {
    NOTE,
    CHANGE
  }

  /** What a note records. */
  public enum Category {
    MEETING,
    PHONE,
    LETTER,
    DECISION,
    OTHER
  }

  /** Insertion order: two entries of one transaction can share a timestamp, never a sequence number. */
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "seq")
  private Long seq;

  @Column(name = "id", nullable = false, unique = true)
  private UUID id;

  @Column(name = "case_id", nullable = false)
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "category")
  private Category category;

  @Column(name = "event")
  private String event;

  @Column(name = "text", nullable = false)
  private String text;

  @Column(name = "corrects")
  private UUID corrects;

  @Column(name = "author", nullable = false)
  private String author;

  @Column(name = "at", nullable = false)
  private Instant at;

  protected JournalEntry() {}

  private JournalEntry(UUID caseId, Kind kind, Category category, String event, String text, UUID corrects,
      String author) {
    this.id = UUID.randomUUID();
    this.caseId = Objects.requireNonNull(caseId);
    this.kind = kind;
    this.category = category;
    this.event = event;
    this.text = Objects.requireNonNull(text);
    this.corrects = corrects;
    this.author = Objects.requireNonNull(author);
    this.at = Instant.now();
  }

  /** A caseworker's note; {@code corrects} names an earlier note of the case that this one corrects, or is null. */
  public static JournalEntry note(UUID caseId, Category category, String text, UUID corrects, String author) {
    return new JournalEntry(caseId, Kind.NOTE, Objects.requireNonNull(category), null, text.strip(), corrects,
        author);
  }

  /** A change to the case, named by the event that reported it, described without personal data. */
  public static JournalEntry change(UUID caseId, String event, String description, String author) {
    return new JournalEntry(caseId, Kind.CHANGE, null, Objects.requireNonNull(event), description, null, author);
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return caseId;
  }

  public Kind kind() {
    return kind;
  }

  public Category category() {
    return category;
  }

  public String event() {
    return event;
  }

  public String text() {
    return text;
  }

  public UUID corrects() {
    return corrects;
  }

  public String author() {
    return author;
  }

  public Instant at() {
    return at;
  }
}
