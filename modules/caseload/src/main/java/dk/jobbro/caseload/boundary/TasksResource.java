package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.api.shared.security.Roles;
import dk.jobbro.caseload.control.TaskRepository;
import dk.jobbro.caseload.entity.TaskStatus;
import dk.jobbro.caseload.entity.TaskType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The kommune's tasks: every deadline someone has to act on, opened and closed by what happens in the cases. */
@Path("v1/tasks")
@RequestScoped
@RolesAllowed({Roles.CASEWORKER, Roles.TEAM_LEAD, Roles.EMPLOYER_CONSULTANT})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "caseload")
@SecurityRequirement(name = "bearer")
public class TasksResource {

  static final int MAX_DUE_WITHIN_DAYS = 366;

  @Inject
  Tasks tasks;

  @Inject
  Caller caller;

  @GET
  @Operation(operationId = "listTasks", summary = "The kommune's tasks, soonest due first",
      description = "By default the open tasks of the whole kommune (a snoozed task is open again from its snooze "
          + "date). Narrow with assignee=me (the caller's own), assignee=unassigned (the kommune's queue) or a "
          + "caseworker's user id, overdue=true, dueWithinDays (overdue ones included), type, caseId or status.")
  @APIResponse(responseCode = "200", description = "One page of tasks")
  public Page<TaskView> page(
      @QueryParam("assignee") @Parameter(description = "me, unassigned, or a caseworker's user id") String assignee,
      @QueryParam("type") @Parameter(description = "FIRST_OFFER_TARGET, FIRST_OFFER_LATEST, KONTRAKT, "
          + "CONTINUOUS_EFFORT, PROGRAMME_END, VITAS_REGISTRATION, BONUS_CLAIM, INFORMATION_ANSWERED or "
          + "MATCH_REQUEST_WAITING") String type,
      @QueryParam("status") @Parameter(description = "OPEN (default), SNOOZED, DONE or CANCELLED") String status,
      @QueryParam("overdue") @Parameter(description = "true: only tasks past their due date") Boolean overdue,
      @QueryParam("dueWithinDays") @Parameter(description = "Due at most this many days from today, 0 to 366 "
          + "(overdue ones included)") Integer dueWithinDays,
      @QueryParam("caseId") @Parameter(description = "Only the tasks of this case") UUID caseId,
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)") Integer page,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 100 (default 20)") Integer size) {
    if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > MAX_DUE_WITHIN_DAYS)) {
      throw ProblemException.invalidField("dueWithinDays", "must be between 0 and " + MAX_DUE_WITHIN_DAYS);
    }
    String who = Parameters.text("assignee", assignee);
    who = who == null || who.isBlank() ? null : who.strip();
    boolean unassigned = "unassigned".equals(who);
    String owner = "me".equals(who) ? caller.subject() : unassigned ? null : who;
    var filter = new TaskRepository.Filter(owner, unassigned, Parameters.oneOf("type", TaskType.class, type),
        Parameters.oneOf("status", TaskStatus.class, status), Boolean.TRUE.equals(overdue), dueWithinDays, caseId);
    return tasks.page(filter, PageRequest.of(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getTask", summary = "One task; ETag carries its version")
  @APIResponse(responseCode = "200", description = "The task", content = @Content(schema = @Schema(ref = "Task")))
  public Response get(@PathParam("id") UUID id) {
    return tagged(tasks.get(id));
  }

  @POST
  @Path("{id}/done")
  @Operation(operationId = "completeTask", summary = "Mark the task done",
      description = "For what no event reports; a task whose deadline an event meets (an offer started, a kontrakt "
          + "signed) is closed by that event.")
  @APIResponse(responseCode = "200", description = "The task; ETag carries its new version",
      content = @Content(schema = @Schema(ref = "Task")))
  @APIResponse(responseCode = "409", description = "The task is done or cancelled already")
  public Response done(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = "the ETag of the task as last read") String ifMatch) {
    return tagged(tasks.done(id, Versions.ifMatch(ifMatch)));
  }

  @POST
  @Path("{id}/snooze")
  @Operation(operationId = "snoozeTask", summary = "Put the task aside until a later date, with a reason",
      description = "The task is open again from that day; its due date does not move, so an overdue task stays "
          + "overdue.")
  @APIResponse(responseCode = "200", description = "The task; ETag carries its new version",
      content = @Content(schema = @Schema(ref = "Task")))
  @APIResponse(responseCode = "409", description = "The task is done or cancelled already")
  public Response snooze(@PathParam("id") UUID id,
      @HeaderParam("If-Match") @Parameter(description = "the ETag of the task as last read") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid TaskSnooze snooze) {
    return tagged(tasks.snooze(id, Versions.ifMatch(ifMatch), snooze));
  }

  private static Response tagged(TaskView view) {
    return Response.ok(view).tag(Versions.etag(view.version())).build();
  }
}
