package dk.jobbro.app.events;

import dk.jobbro.api.shared.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The caller's feed with long-poll: when nothing is there after the cursor, it waits up to {@code wait} seconds for
 * something to arrive, looking again on each commit of this instance and at least every second. Each look is its own
 * short transaction, so waiting holds a request thread but no database connection.
 */
@RequestScoped
public class EventFeed {

  /** The longest a client may ask to wait; under common proxy and load-balancer idle timeouts (60 s). */
  public static final int MAX_WAIT_SECONDS = 30;

  public static final int MAX_LIMIT = 500;

  public static final int DEFAULT_LIMIT = 100;

  private static final long LOOK_AGAIN_MILLIS = 1000;

  @Inject
  Caller caller;

  @Inject
  FeedRows rows;

  @Inject
  FeedSignal signal;

  public EventPage page(Cursor after, int limit, int waitSeconds) {
    String audience = Audience.of(caller);
    long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
    while (true) {
      long seen = signal.commits();
      List<FeedRows.Row> found = rows.after(audience, after, limit);
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (!found.isEmpty() || left <= 0) {
        Cursor next = found.isEmpty() ? after : found.get(found.size() - 1).cursor();
        return new EventPage(found.stream().map(FeedRows.Row::event).toList(), next.toString());
      }
      try {
        signal.await(seen, Math.min(left, LOOK_AGAIN_MILLIS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new EventPage(List.of(), after.toString());
      }
    }
  }
}
