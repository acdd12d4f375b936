package dk.jobbro.app.events;

import dk.jobbro.api.shared.problem.ProblemException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The rule for a webhook's address: absolute http or https with a host, no user name or password (they would be
 * stored and shown with the address), no fragment.
 *
 * <p>Jobbro runs inside a kommune's or the ministry's network and POSTs to whatever address a subscriber gives, so an
 * open rule would let any integration token make it call internal services (server-side request forgery): the
 * database host, an admin console, a cloud's metadata address. So an address is taken only when
 *
 * <ul>
 *   <li>it is https and every address its host resolves to is public (not loopback, private, link-local,
 *       unique-local, carrier-grade NAT, multicast, or another range that is not globally reachable; an IPv6 address that carries an IPv4 address,
 *       such as {@code ::ffff:10.0.0.1}, 6to4, NAT64 or Teredo, by the IPv4 address's rules), or
 *   <li>its host is one the operator lists in {@value #ALLOWED_HOSTS} (comma-separated host names or IP addresses,
 *       http or https, any address): how a receiver inside the network, or on loopback in tests and benchmarks, is
 *       allowed.
 * </ul>
 *
 * <p>The rule is checked when a subscription is made (400 naming {@code url}) and again before every delivery, since
 * what a name resolves to can change after it was checked.
 */
public final class WebhookUrl {

  /** MicroProfile Config: the hosts a webhook may call whatever their addresses, and over plain http. */
  public static final String ALLOWED_HOSTS = "jobbro.events.webhook.allowed-hosts";

  private WebhookUrl() {}

  /**
   * The address as it will be called, under the configured allowed hosts.
   *
   * @throws ProblemException 400 naming {@code url}
   */
  static URI check(String url) {
    return check(url, configuredAllowedHosts());
  }

  /**
   * The address as it will be called.
   *
   * @param allowedHosts lower-case host names or addresses the operator allows
   * @throws ProblemException 400 naming {@code url}
   */
  static URI check(String url, Set<String> allowedHosts) {
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
    refusal(uri, allowedHosts).ifPresent(reason -> {
      throw ProblemException.invalidField("url", reason);
    });
    return uri;
  }

  /** Why a delivery must not go to this address now, under the configured allowed hosts; empty when it may. */
  static Optional<String> refusal(URI uri) {
    return refusal(uri, configuredAllowedHosts());
  }

  /**
   * Why Jobbro must not call this address, or empty when it may: the network part of the rule, for an address
   * already known to be well formed.
   */
  static Optional<String> refusal(URI uri, Set<String> allowedHosts) {
    String host = host(uri);
    if (allowedHosts.contains(host)) {
      return Optional.empty();
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      return Optional.of("must be an https address (plain http only to a host the operator allows in "
          + ALLOWED_HOSTS + ")");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return Optional.of("names a host that does not resolve");
    }
    if (!Arrays.stream(addresses).allMatch(WebhookUrl::isPublic)) {
      return Optional.of("must not point at a loopback, private, link-local or reserved address (unless the "
          + "operator allows its host in " + ALLOWED_HOSTS + ")");
    }
    return Optional.empty();
  }

  /** Whether an address is reachable on the public internet, as opposed to inside a network or this machine. */
  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (SpecialPurposeRanges.notGloballyReachable(b)) {
      return false;
    }
    // an IPv6 address that carries an IPv4 address (mapped, compatible, 6to4, NAT64, Teredo) is judged by it too
    return b.length == 4 || EmbeddedIpv4.in(b).stream().allMatch(WebhookUrl::isPublicIpv4);
  }

  private static boolean isPublicIpv4(byte[] address) {
    try {
      return isPublic(InetAddress.getByAddress(address));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }

  /** The operator's allowed hosts, read on every call so a changed setting takes effect without a restart. */
  static Set<String> configuredAllowedHosts() {
    return allowedHosts(ConfigProvider.getConfig().getOptionalValue(ALLOWED_HOSTS, String.class).orElse(""));
  }

  /** The allowed hosts from the setting's text: comma-separated, case and blanks ignored, IPv6 without brackets. */
  static Set<String> allowedHosts(String setting) {
    return Arrays.stream(setting.split(",")).map(h -> unbracket(h.strip().toLowerCase(Locale.ROOT)))
        .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  private static String host(URI uri) {
    return unbracket(uri.getHost().toLowerCase(Locale.ROOT));
  }

  private static String unbracket(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
