package dk.jobbro.caseload.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.shared.KommuneKode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  private static Task kontrakt() {
    UUID caseId = UUID.randomUUID();
    return new Task(KommuneKode.parse("265"), TaskType.KONTRAKT, caseId.toString(), Task.Link.toCase(caseId, null),
        TODAY.plusDays(10), null);
  }

  @Test
  void theQueriesLiteralsNameTheStatuses() {
    assertThat(Task.JPQL_OPEN).isEqualTo(TaskStatus.class.getName() + "." + TaskStatus.OPEN.name());
    assertThat(Task.JPQL_SNOOZED).isEqualTo(TaskStatus.class.getName() + "." + TaskStatus.SNOOZED.name());
    assertThat(CaseFile.JPQL_ACTIVE).isEqualTo(dk.jobbro.api.caseload.CaseStatus.class.getName() + ".ACTIVE");
  }

  @Test
  void aSnoozedTaskIsOpenAgainOnItsSnoozeDate() {
    Task t = kontrakt();
    t.snooze(TODAY.plusDays(3), " The person is ill ", TODAY);
    assertThat(t.statusOn(TODAY)).isEqualTo(TaskStatus.SNOOZED);
    assertThat(t.statusOn(TODAY.plusDays(2))).isEqualTo(TaskStatus.SNOOZED);
    assertThat(t.statusOn(TODAY.plusDays(3))).isEqualTo(TaskStatus.OPEN);
    assertThat(t.snoozeReason()).isEqualTo("The person is ill");
    assertThat(t.isPending()).isTrue();
  }

  @Test
  void aSnoozeEndsAfterToday() {
    Task t = kontrakt();
    assertThatThrownBy(() -> t.snooze(TODAY, "Ill", TODAY)).isInstanceOf(IllegalArgumentException.class);
    assertThat(t.status()).isEqualTo(TaskStatus.OPEN);
  }

  @Test
  void doneClearsTheSnoozeAndCannotBeRepeated() {
    Task t = kontrakt();
    t.snooze(TODAY.plusDays(3), "Ill", TODAY);
    t.done("caseworker-265");
    assertThat(t.status()).isEqualTo(TaskStatus.DONE);
    assertThat(t.statusOn(TODAY.plusDays(5))).isEqualTo(TaskStatus.DONE);
    assertThat(t.snoozedUntil()).isNull();
    assertThat(t.closedBy()).isEqualTo("caseworker-265");
    assertThat(t.closedAt()).isNotNull();
    assertThatThrownBy(() -> t.cancel("jobbro")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> t.snooze(TODAY.plusDays(3), "Ill", TODAY)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMovedCaseTakesItsTasksToTheOtherKommunesQueue() {
    Task t = kontrakt();
    t.handTo("caseworker-265");
    t.moveTo(KommuneKode.parse("101"));
    assertThat(t.kommune().value()).isEqualTo("101");
    assertThat(t.owner()).isNull();
  }

  @Test
  void aTaskIsAboutSomething() {
    assertThatThrownBy(() -> new Task(KommuneKode.parse("265"), TaskType.KONTRAKT, "k",
        new Task.Link(null, null, null, null), TODAY, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
