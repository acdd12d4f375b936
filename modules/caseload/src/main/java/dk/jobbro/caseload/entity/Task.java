package dk.jobbro.caseload.entity;

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
 * A deadline someone in the kommune has to act on: what it is about (a case, handover, IGU placement or match
 * request), when it is due, and whose it is — the assigned caseworker, or the kommune's unassigned queue when
 * {@link #owner()} is null. The domain's events open and close tasks (TaskRules); people mark them done or snooze
 * them with a reason until a date.
 */
@Entity
@Table(name = "task", schema = "caseload")
@NamedQuery(name = "Task.findInKommune",
    query = "select t from Task t where t.id = :id and t.kommuneKode = :kommune")
@NamedQuery(name = "Task.pendingOfCase",
    query = "select t from Task t where t.caseId = :caseId and " + Task.PENDING + " order by t.dueDate, t.id")
@NamedQuery(name = "Task.pendingBySubject",
    query = "select t from Task t where t.type = :type and t.subjectKey = :key and " + Task.PENDING)
public final class Task {

  /**
   * Open or snoozed, as a query condition ({@link #isPending()} in Java). The statuses are literals, not a list
   * parameter: Hibernate translates a query with a list parameter anew on every call, and PostgreSQL can use the
   * partial unique index (which holds the pending tasks only) when the condition is in the SQL text.
   */
  static final String PENDING = "t.status in (" + Task.JPQL_OPEN + ", " + Task.JPQL_SNOOZED + ")";

  /** The statuses as JPQL literals, for queries that name them in their text (see {@link #PENDING} for why). */
  public static final String JPQL_OPEN = "dk.jobbro.caseload.entity.TaskStatus.OPEN";
  public static final String JPQL_SNOOZED = "dk.jobbro.caseload.entity.TaskStatus.SNOOZED";

  @Id
  private UUID id;

  @Column(name = "kommune_kode", nullable = false, columnDefinition = "bpchar(3)")
  private String kommuneKode;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false)
  private TaskType type;

  @Column(name = "case_id")
  private UUID caseId;

  @Column(name = "handover_id")
  private UUID handoverId;

  @Column(name = "placement_id")
  private UUID placementId;

  @Column(name = "match_request_id")
  private UUID matchRequestId;

  @Column(name = "subject_key", nullable = false)
  private String subjectKey;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "owner")
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private TaskStatus status = TaskStatus.OPEN;

  @Column(name = "snoozed_until")
  private LocalDate snoozedUntil;

  @Column(name = "snooze_reason")
  private String snoozeReason;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Task() {}

  /**
   * Opens a task.
   *
   * @param subjectKey what the task is about, unique among the open tasks of its type (a case id, a placement id
   *     with its milestone, ...)
   * @param link the case, handover, placement and match request it is about (at least one)
   * @param owner the caseworker's user id, or null for the kommune's queue
   */
  public Task(KommuneKode kommune, TaskType type, String subjectKey, Link link, LocalDate dueDate, String owner) {
    if (link.caseId() == null && link.handoverId() == null && link.placementId() == null
        && link.matchRequestId() == null) {
      throw new IllegalArgumentException("a task is about a case, handover, placement or match request");
    }
    this.id = UUID.randomUUID();
    this.kommuneKode = Objects.requireNonNull(kommune).value();
    this.type = Objects.requireNonNull(type);
    this.subjectKey = Objects.requireNonNull(subjectKey);
    this.caseId = link.caseId();
    this.handoverId = link.handoverId();
    this.placementId = link.placementId();
    this.matchRequestId = link.matchRequestId();
    this.dueDate = Objects.requireNonNull(dueDate);
    this.owner = owner;
    this.openedAt = Instant.now();
  }

  /** What a task is about; any of the ids may be null, not all. */
  public record Link(UUID caseId, UUID handoverId, UUID placementId, UUID matchRequestId) {

    public static Link toCase(UUID caseId, UUID handoverId) {
      return new Link(caseId, handoverId, null, null);
    }
  }

  /** Open or snoozed: not yet done or cancelled. */
  public boolean isPending() {
    return status == TaskStatus.OPEN || status == TaskStatus.SNOOZED;
  }

  /**
   * The status as of {@code today}: a snoozed task is open again on its snooze date.
   */
  public TaskStatus statusOn(LocalDate today) {
    return status == TaskStatus.SNOOZED && !today.isBefore(snoozedUntil) ? TaskStatus.OPEN : status;
  }

  /** Done, by a person (their user id) or by the event that met the deadline. */
  public void done(String by) {
    close(TaskStatus.DONE, by);
  }

  /** No longer needed: the case closed, the request was withdrawn. */
  public void cancel(String by) {
    close(TaskStatus.CANCELLED, by);
  }

  private void close(TaskStatus to, String by) {
    requirePending();
    this.status = to;
    this.closedAt = Instant.now();
    this.closedBy = Objects.requireNonNull(by);
    this.snoozedUntil = null;
    this.snoozeReason = null;
  }

  /**
   * Puts the task aside until {@code until}, for a reason.
   *
   * @throws IllegalArgumentException when the date is not after {@code today}
   */
  public void snooze(LocalDate until, String reason, LocalDate today) {
    requirePending();
    if (!until.isAfter(today)) {
      throw new IllegalArgumentException("must be after today, " + today);
    }
    this.status = TaskStatus.SNOOZED;
    this.snoozedUntil = until;
    this.snoozeReason = Objects.requireNonNull(reason).strip();
  }

  /** The deadline moved (an agreed takeover restarts the clocks, an extension moves the programme's end). */
  public void redate(LocalDate due) {
    this.dueDate = Objects.requireNonNull(due);
  }

  public void handTo(String newOwner) {
    this.owner = newOwner;
  }

  /** The case moved to another kommune; its open tasks go to that kommune's queue. */
  public void moveTo(KommuneKode kommune) {
    this.kommuneKode = kommune.value();
    this.owner = null;
  }

  private void requirePending() {
    if (!isPending()) {
      throw new IllegalStateException("the task is " + status.name().toLowerCase(java.util.Locale.ROOT) + " already");
    }
  }

  public UUID id() {
    return id;
  }

  public KommuneKode kommune() {
    return KommuneKode.parse(kommuneKode);
  }

  public TaskType type() {
    return type;
  }

  public UUID caseId() {
    return caseId;
  }

  public UUID handoverId() {
    return handoverId;
  }

  public UUID placementId() {
    return placementId;
  }

  public UUID matchRequestId() {
    return matchRequestId;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public String owner() {
    return owner;
  }

  public TaskStatus status() {
    return status;
  }

  public LocalDate snoozedUntil() {
    return snoozedUntil;
  }

  public String snoozeReason() {
    return snoozeReason;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  public long version() {
    return version;
  }
}
