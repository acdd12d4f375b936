package dk.jobbro.caseload.entity;

/** Where a task stands. A snoozed task is open again from its snooze date on. */
public enum TaskStatus {
  OPEN,
  SNOOZED,
  DONE,
  CANCELLED
}
