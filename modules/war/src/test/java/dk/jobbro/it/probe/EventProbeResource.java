package dk.jobbro.it.probe;

import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Test-only: lists the events the probe saw for one case, as "EventType" strings in order. */
@Path("test/events")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class EventProbeResource {

  @Inject
  EventProbe probe;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> forCase(@QueryParam("case") String caseId) {
    return probe.seen().stream().filter(e -> e.toString().contains(caseId))
        .map(e -> e.getClass().getSimpleName()).toList();
  }
}
