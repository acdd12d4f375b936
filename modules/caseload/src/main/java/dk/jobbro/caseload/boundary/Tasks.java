package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.Checks;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.caseload.control.CaseLookup;
import dk.jobbro.caseload.control.TaskRepository;
import dk.jobbro.caseload.entity.Task;
import dk.jobbro.caseload.entity.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The kommune's tasks: listed, marked done and snoozed by its caseworkers and team leads. Another kommune's task is
 * "not found", like one that does not exist. The events open and close them (TaskRules); a person closes what no
 * event can tell, and snoozes what must wait.
 */
@ApplicationScoped
@Transactional
public class Tasks {

  static final String RESOURCE = "task";

  @Inject
  TaskRepository tasks;

  @Inject
  CaseLookup lookup;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  public Page<TaskView> page(TaskRepository.Filter filter, PageRequest page) {
    LocalDate today = lookup.today();
    TaskRepository.Result result = tasks.page(caller.requireKommune(), filter, today, page);
    // a task names its case: the log says whose deadlines were listed, so a privacy officer finds it per person
    accessLog.recordSearchCases("LIST", RESOURCE, null,
        result.items().stream().map(Task::caseId).filter(Objects::nonNull).distinct().toList());
    return new Page<>(result.items().stream().map(t -> view(t, today)).toList(), page.page(), page.size(),
        result.total());
  }

  public TaskView get(UUID id) {
    Task t = visible(id, "READ");
    return view(t, lookup.today());
  }

  public TaskView done(UUID id, IfMatch version) {
    Task t = forChange(id, version);
    requirePending(t);
    t.done(caller.subject());
    tasks.flush();
    return view(t, lookup.today());
  }

  public TaskView snooze(UUID id, IfMatch version, TaskSnooze snooze) {
    Task t = forChange(id, version);
    requirePending(t);
    LocalDate today = lookup.today();
    Checks.asField("until", () -> t.snooze(snooze.until(), snooze.reason(), today));
    tasks.flush();
    return view(t, today);
  }

  private Task forChange(UUID id, IfMatch version) {
    Task t = visible(id, "UPDATE");
    Versions.require(t.version(), version);
    return t;
  }

  private Task visible(UUID id, String action) {
    Task t = tasks.findInKommune(id, caller.requireKommune())
        .orElseThrow(() -> ProblemException.notFound("The task"));
    accessLog.recordCases(action, RESOURCE, id, t.caseId() == null ? List.of() : List.of(t.caseId()));
    return t;
  }

  private static void requirePending(Task t) {
    if (!t.isPending()) {
      throw ProblemException.conflict("The task is " + t.status() + " already.");
    }
  }

  static TaskView view(Task t, LocalDate today) {
    TaskStatus status = t.statusOn(today);
    boolean snoozed = status == TaskStatus.SNOOZED;
    return new TaskView(t.id(), t.type(), status, t.dueDate(), t.isPending() && t.dueDate().isBefore(today),
        t.owner(), t.caseId(), t.handoverId(), t.placementId(), t.matchRequestId(),
        snoozed ? t.snoozedUntil() : null, snoozed ? t.snoozeReason() : null, t.openedAt(), t.closedAt(),
        t.closedBy(), t.version());
  }
}
