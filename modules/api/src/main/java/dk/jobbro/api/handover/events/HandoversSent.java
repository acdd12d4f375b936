package dk.jobbro.api.handover.events;

import java.util.List;
import java.util.Objects;

/**
 * Many handovers created at once by a batch import (one written chunk), announced in one event so that their
 * outbox rows go to the database in one statement rather than two per handover; fired inside the chunk's
 * transaction. Each element means exactly what a {@link HandoverSent} fired on its own means.
 *
 * @param handovers the handovers created, in the order they were written
 */
public record HandoversSent(List<HandoverSent> handovers) {

  public HandoversSent {
    handovers = List.copyOf(Objects.requireNonNull(handovers));
  }
}
