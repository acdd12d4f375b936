package dk.jobbro.it.probe;

import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only: drives {@link ScheduleProbe} over HTTP. {@code POST test/schedule/reset}, {@code POST
 * test/schedule/fail-next?count=}, {@code POST test/schedule/fire?instances=}; {@code GET test/schedule/ran} answers
 * how often the job's work really ran. The same for {@link SwitchedOffScheduleProbe} under
 * {@code test/schedule/switched-off/}: {@code POST fire}, {@code GET ran} (reset resets both).
 */
@Path("test/schedule")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class ScheduleProbeResource {

  @Inject
  ScheduleProbe probe;

  @Inject
  SwitchedOffScheduleProbe switchedOff;

  @POST
  @Path("reset")
  public void reset() {
    probe.reset();
    switchedOff.reset();
  }

  @POST
  @Path("fail-next")
  public void failNext(@QueryParam("count") int count) {
    probe.failNext(count);
  }

  @POST
  @Path("fire")
  public void fire(@QueryParam("instances") int instances) {
    probe.fireOnInstances(instances);
  }

  @GET
  @Path("ran")
  @Produces(MediaType.TEXT_PLAIN)
  public String ran() {
    return Integer.toString(probe.ran());
  }

  @POST
  @Path("switched-off/fire")
  public void fireSwitchedOff() {
    switchedOff.fire();
  }

  @GET
  @Path("switched-off/ran")
  @Produces(MediaType.TEXT_PLAIN)
  public String ranSwitchedOff() {
    return Integer.toString(switchedOff.ran());
  }
}
