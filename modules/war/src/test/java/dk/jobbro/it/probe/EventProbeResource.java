package dk.jobbro.it.probe;

import dk.jobbro.api.shared.security.Roles;
import dk.jobbro.caseload.boundary.OfferStartClock;
import dk.jobbro.employers.boundary.BonusMilestoneClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/**
 * Test-only: lists the events the probe saw for one case (or any id an event carries), as "EventType" strings in
 * order; and runs the nightly bonus-milestone and offer-start clocks for a given day.
 */
@Path("test/events")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class EventProbeResource {

  @Inject
  EventProbe probe;

  @Inject
  BonusMilestoneClock bonusClock;

  @Inject
  OfferStartClock offerClock;

  @POST
  @Path("offer-clock")
  @Produces(MediaType.APPLICATION_JSON)
  public int runOfferClock(@QueryParam("on") String on) {
    return offerClock.announceDue(LocalDate.parse(on));
  }

  @POST
  @Path("bonus-clock")
  @Produces(MediaType.APPLICATION_JSON)
  public int runBonusClock(@QueryParam("on") String on) {
    return bonusClock.reachAllDue(LocalDate.parse(on));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> forCase(@QueryParam("case") String caseId) {
    return probe.seen().stream().filter(e -> e.toString().contains(caseId))
        .map(e -> e.getClass().getSimpleName()).toList();
  }
}
