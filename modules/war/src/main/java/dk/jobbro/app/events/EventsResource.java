package dk.jobbro.app.events;

import dk.jobbro.api.shared.Parameters;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's event feed: a kommune's IT system reads its kommune's, a handover sender its handovers'. */
@Path("v1/events")
@RequestScoped
@RolesAllowed({Roles.KOMMUNE_INTEGRATION, Roles.HANDOVER_SENDER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events", description = "Events for kommune IT and handover senders: a feed and webhooks")
@SecurityRequirement(name = "bearer")
public class EventsResource {

  @Inject
  EventFeed feed;

  @GET
  @Operation(operationId = "listEvents", summary = "The caller's events after a cursor, oldest first",
      description = "CloudEvents 1.0 (JSON), each with ids, dates and codes only. Store 'next' and pass it as 'after' "
          + "to resume, also after a restart; delivery is at least once, so drop an event id seen before. With "
          + "'wait', an empty answer waits up to that many seconds for the next event (long-poll). A kommune IT "
          + "system (kommune-integration) reads its kommune's events, a handover sender its handovers' status "
          + "changes.")
  public EventPage list(
      @QueryParam("after") @Parameter(description = "The 'next' of an earlier page; absent means from the start")
          String after,
      @QueryParam("limit") @Parameter(description = "At most this many events, 1 to 500 (default 100)") Integer limit,
      @QueryParam("wait") @Parameter(description = "Seconds to wait when nothing is there yet, 0 to 30 (default 0)")
          Integer wait) {
    Cursor cursor = Cursor.parse(Parameters.text("after", after));
    return feed.page(cursor, within("limit", limit, EventFeed.DEFAULT_LIMIT, 1, EventFeed.MAX_LIMIT),
        within("wait", wait, 0, 0, EventFeed.MAX_WAIT_SECONDS));
  }

  private static int within(String name, Integer value, int fallback, int min, int max) {
    int n = value == null ? fallback : value;
    if (n < min || n > max) {
      throw ProblemException.invalidField(name, "must be between " + min + " and " + max);
    }
    return n;
  }
}
