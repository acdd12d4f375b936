package dk.jobbro.app.audit;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The access log for those who oversee it: a kommune's data protection officer (role {@code privacy-officer}) reads
 * the rows about the kommune's people, whoever accessed them, and the rows of the kommune's own staff; a national
 * auditor (role {@code auditor}) reads every kommune's. Neither sees the people's data itself. Every read of the log
 * is logged.
 */
@Path("v1/access-log")
@RequestScoped
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.AUDITOR})
@Tag(name = "audit")
@SecurityRequirement(name = "bearer")
public class AccessLogResource {

  static final String TEXT_CSV = "text/csv";

  @Inject
  AccessLogReader reader;

  @Inject
  AccessLogChain chain;

  @POST
  @Path("search")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "searchAccessLog", summary = "Who read, searched, changed or exported data, newest first",
      description = "Per person (caseId, or the CPR number in the body), per user, per period and action, in any "
          + "combination. A privacy officer sees the rows about the kommune's people, including other kommuner' "
          + "consultants shown them as pseudonymised candidates and senders writing their handovers, and the rows of "
          + "the kommune's own staff; an auditor sees every kommune's (or one, with 'kommune'). The read is logged.")
  @APIResponse(responseCode = "200", description = "One page of access-log rows")
  public Page<AccessLogRow> search(@NotNull(message = "a JSON body is required") @Valid AccessLogQuery query,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return reader.search(query, PageRequest.of(page, size));
  }

  @POST
  @Path("export")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(TEXT_CSV)
  @Operation(operationId = "exportAccessLog", summary = "The rows a search finds, all of them, as CSV",
      description = "The same criteria as searchAccessLog; at most 100,000 rows (a 400 naming 'to' asks for a "
          + "shorter period). UTF-8 with BOM, semicolons, as Danish Excel expects. The export is logged.")
  @APIResponse(responseCode = "200", description = "The rows as CSV",
      content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
          .enums.SchemaType.STRING)))
  public Response export(@NotNull(message = "a JSON body is required") @Valid AccessLogQuery query) {
    return Response.ok(csv(reader.export(query)).getBytes(StandardCharsets.UTF_8))
        .type(TEXT_CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"access-log.csv\"").build();
  }

  @GET
  @Path("chain")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "verifyAccessLogChain", summary = "Check the access log's hash chain",
      description = "Recomputes every link from the first kept row to the newest and names the first that does not "
          + "hold (a row altered, removed or inserted behind the application's back). Keep headSeq and headHash: "
          + "a later check whose chain no longer passes through them means the chain was rewritten. Logged.")
  @APIResponse(responseCode = "200", description = "Whether the chain holds, and if not, where it first breaks")
  public ChainVerification chain() {
    return chain.verify();
  }

  static String csv(List<AccessLogRow> rows) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append("at;user;role;userKommune;action;resourceType;resourceId;personKommuner;criteriaHashed\r\n");
    for (AccessLogRow r : rows) {
      out.append(cell(r.at().toString())).append(';').append(cell(r.user())).append(';').append(cell(r.role()))
          .append(';').append(cell(r.userKommune())).append(';').append(cell(r.action())).append(';')
          .append(cell(r.resourceType())).append(';').append(cell(r.resourceId() == null ? null
              : r.resourceId().toString())).append(';').append(cell(String.join(",", r.personKommuner())))
          .append(';').append(r.criteriaHashed() ? "ja" : "nej").append("\r\n");
    }
    return out.toString();
  }

  /**
   * One CSV cell, quoted when it must be; a leading =, +, - or @ is neutralised, because a user id is the token's
   * subject and Excel would run it as a formula.
   */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")
        ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
