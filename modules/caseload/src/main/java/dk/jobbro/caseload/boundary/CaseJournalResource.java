package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.idempotency.Idempotent;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The case journal: notes and the case's history of changes. */
@Path("v1/cases/{id}/journal")
@RequestScoped
@RolesAllowed(Roles.CASEWORKER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "caseload")
@SecurityRequirement(name = "bearer")
public class CaseJournalResource {

  @Inject
  CaseJournal journal;

  @GET
  @Operation(operationId = "listJournal", summary = "The case's journal, newest first",
      description = "Caseworkers' notes and every change to the case (who, when, what), newest first. Read like "
          + "the case itself (access-logged).")
  @APIResponse(responseCode = "200", description = "One page of the journal")
  public Page<JournalEntryView> page(@PathParam("id") UUID id,
      @QueryParam("page") @Parameter(description = "Page number, from 1 (default 1)") Integer page,
      @QueryParam("size") @Parameter(description = "Page size, 1 to 100 (default 20)") Integer size) {
    return journal.page(id, PageRequest.of(page, size));
  }

  @GET
  @Path("{entryId}")
  @Operation(operationId = "getJournalEntry", summary = "One entry of the case's journal")
  @APIResponse(responseCode = "200", description = "The entry",
      content = @Content(schema = @Schema(ref = "JournalEntry")))
  public JournalEntryView get(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId) {
    return journal.get(id, entryId);
  }

  @POST
  @Operation(operationId = "addJournalNote", summary = "Write a note in the case's journal",
      description = "Notes cannot be changed or deleted; a correction is a new note whose corrects names the old "
          + "one.")
  @APIResponse(responseCode = "201", description = "The note",
      content = @Content(schema = @Schema(ref = "JournalEntry")))
  @Idempotent
  public Response add(@PathParam("id") UUID id,
      @NotNull(message = "a JSON body is required") @Valid NewJournalNote note, @Context UriInfo uri) {
    JournalEntryView created = journal.write(id, note);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
        .build();
  }
}
