package dk.jobbro.app.events;

import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.api.shared.security.Roles;

/**
 * Whose feed an event is in: a kommune's ({@code kommune:101}) or a handover sender's ({@code sender:<id>}). The
 * caller's token decides which one it reads; there is no parameter to name another.
 */
final class Audience {

  private Audience() {}

  static String kommune(String kommunekode) {
    return "kommune:" + kommunekode;
  }

  static String sender(String sender) {
    return "sender:" + sender;
  }

  /** The caller's own feed: a kommune's IT system reads its kommune's, a sender its own. */
  static String of(Caller caller) {
    if (caller.hasRole(Roles.KOMMUNE_INTEGRATION)) {
      return kommune(caller.requireKommune().value());
    }
    return sender(caller.sender()
        .orElseThrow(() -> ProblemException.forbidden("Your token carries no 'sender' claim.")));
  }
}
