package dk.jobbro.handover.control;

import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.api.shared.security.Roles;
import dk.jobbro.handover.entity.Handover;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Finds a handover the caller may see — a caseworker those addressed to its kommune, a sender its own — and writes
 * the access-log row. Anything else is "not found", exactly like a handover that does not exist, so nothing can be
 * probed.
 */
@ApplicationScoped
public class HandoverLookup {

  public static final String RESOURCE = "handover";

  @Inject
  HandoverRepository handovers;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  /** The handover for the caller's role; locked for update when {@code lock}. */
  public Handover visible(UUID id, String action, boolean lock) {
    Handover h = isKommune()
        ? handovers.inKommune(id, caller.requireKommune().value(), lock).orElseThrow(HandoverLookup::notFound)
        : handovers.ofSender(id, requireSender(), lock).orElseThrow(HandoverLookup::notFound);
    accessLog.record(action, RESOURCE, id, h.dataSubject());
    return h;
  }

  /** The handover addressed to the caller's kommune (caseworkers only). */
  public Handover forKommune(UUID id, String action, boolean lock) {
    Handover h = handovers.inKommune(id, caller.requireKommune().value(), lock).orElseThrow(HandoverLookup::notFound);
    accessLog.record(action, RESOURCE, id, h.dataSubject());
    return h;
  }

  /** The caller's own handover (senders only). */
  public Handover forSender(UUID id, String action, boolean lock) {
    Handover h = handovers.ofSender(id, requireSender(), lock).orElseThrow(HandoverLookup::notFound);
    accessLog.record(action, RESOURCE, id, h.dataSubject());
    return h;
  }

  public boolean isKommune() {
    return caller.hasRole(Roles.CASEWORKER);
  }

  /** The sender id from the token: 403 for a token without one. */
  public String requireSender() {
    return caller.sender().filter(s -> !s.isBlank())
        .orElseThrow(() -> ProblemException.forbidden("The token carries no sender claim."));
  }

  /** Who supplied something: the sender and the user (never personal data of the refugee). */
  public String supplier() {
    return requireSender() + "/" + caller.subject();
  }

  private static ProblemException notFound() {
    return ProblemException.notFound("The handover");
  }
}
