package dk.jobbro.it.probe;

import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Test-only: {@code POST test/outbox?case=&kommune=&rollback=} runs {@link OutboxProbe}; answers what happened. */
@Path("test/outbox")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class OutboxProbeResource {

  @Inject
  OutboxProbe probe;

  @POST
  @Produces(MediaType.TEXT_PLAIN)
  public String run(@QueryParam("case") String caseId, @QueryParam("kommune") String kommune,
      @QueryParam("rollback") boolean rollBack) {
    try {
      probe.openThen(UUID.fromString(caseId), kommune, rollBack);
      return "committed";
    } catch (RuntimeException e) {
      return "rolled back";
    }
  }
}
