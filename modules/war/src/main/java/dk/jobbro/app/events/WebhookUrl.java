package dk.jobbro.app.events;

import dk.jobbro.api.shared.problem.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rule for a webhook's address: absolute http or https with a host, no user name or password (they would be
 * stored and shown with the address), no fragment.
 */
final class WebhookUrl {

  private WebhookUrl() {}

  /**
   * The address as it will be called.
   *
   * @throws ProblemException 400 naming {@code url}
   */
  static URI check(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw ProblemException.invalidField("url", "is not a valid address");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw ProblemException.invalidField("url", "must be an http or https address");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw ProblemException.invalidField("url", "must name a host");
    }
    if (uri.getRawUserInfo() != null) {
      throw ProblemException.invalidField("url", "must not carry a user name or password; the secret signs each "
          + "delivery instead");
    }
    if (uri.getRawFragment() != null) {
      throw ProblemException.invalidField("url", "must not have a fragment (#...)");
    }
    return uri;
  }
}
