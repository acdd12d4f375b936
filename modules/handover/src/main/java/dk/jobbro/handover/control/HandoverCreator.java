package dk.jobbro.handover.control;

import dk.jobbro.api.handover.events.HandoverSent;
import dk.jobbro.api.handover.events.HandoversSent;
import dk.jobbro.handover.entity.Handover;
import dk.jobbro.handover.entity.HandoverRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes a checked handover as its first version and announces it; shared by single submits and the batch. */
@ApplicationScoped
public class HandoverCreator {

  @Inject
  HandoverRepository handovers;

  @Inject
  HandoverLookup lookup;

  @Inject
  Event<HandoverSent> sent;

  @Inject
  Event<HandoversSent> sentTogether;

  /** A new handover with its first version described, not yet stored (the batch stores many at once). */
  public Handover describe(UUID id, String sender, SubmissionRules.Checked checked, Instant now) {
    Handover h = new Handover(id, sender, checked.submission().receivingKommune(), now);
    h.describe(checked.facts(), checked.content());
    return h;
  }

  /** Announces stored new handovers (a batch's chunk) in one event, so their outbox rows are written together. */
  public void announceAll(List<Handover> created) {
    if (!created.isEmpty()) {
      sentTogether.fire(new HandoversSent(created.stream().map(HandoverCreator::sent).toList()));
    }
  }

  private static HandoverSent sent(Handover h) {
    return new HandoverSent(h.id(), h.sender(), h.receivingKommune(), h.revision(), h.visitationDecisionDate(),
        h.completenessScore(), h.sentAt());
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Handover create(UUID id, String sender, SubmissionRules.Checked checked, Instant now) {
    Handover h = new Handover(id, sender, checked.submission().receivingKommune(), now);
    String content = checked.content();
    h.describe(checked.facts(), content);
    handovers.add(h);
    handovers.add(new HandoverRevision(id, h.revision(), content, lookup.supplier(), now));
    sent.fire(new HandoverSent(id, sender, h.receivingKommune(), h.revision(), h.visitationDecisionDate(),
        h.completenessScore(), now));
    return h;
  }
}
