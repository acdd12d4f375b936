package dk.jobbro.app.events;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address ranges of IANA's special-purpose registries (IPv4 and IPv6) that are not globally reachable and that
 * {@link InetAddress}'s own tests (loopback, any-local, link-local, site-local, multicast) do not already cover. A
 * webhook must reach a kommune's system across the internet, so none of these can be its address: they reach this
 * machine, the ministry's own network, or nowhere.
 */
final class SpecialPurposeRanges {

  /** One range in CIDR form: the network's leading bytes and how many of its bits count. */
  private record Range(byte[] network, int bits) {

    static Range of(String cidr) {
      int slash = cidr.indexOf('/');
      try {
        return new Range(InetAddress.getByName(cidr.substring(0, slash)).getAddress(),
            Integer.parseInt(cidr.substring(slash + 1)));
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("not an address: " + cidr, e);
      }
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      int mask = (0xff << (8 - rest)) & 0xff;
      return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
    }
  }

  private static final List<Range> NOT_GLOBAL = List.of(
      Range.of("0.0.0.0/8"), // "this network"
      Range.of("100.64.0.0/10"), // carrier-grade NAT
      Range.of("192.0.0.0/24"), // IETF protocol assignments
      Range.of("192.0.2.0/24"), Range.of("198.51.100.0/24"), Range.of("203.0.113.0/24"), // documentation
      Range.of("192.88.99.0/24"), // the withdrawn 6to4 relay anycast
      Range.of("198.18.0.0/15"), // benchmarking
      Range.of("240.0.0.0/4"), // reserved, and the broadcast address
      Range.of("100::/64"), // discard-only
      Range.of("2001:2::/48"), // benchmarking
      Range.of("2001:db8::/32"), Range.of("3fff::/20"), // documentation
      Range.of("5f00::/16"), // segment routing
      Range.of("64:ff9b:1::/48"), // local-use NAT64: where the IPv4 address sits is the operator's choice
      Range.of("fc00::/7")); // unique local

  private SpecialPurposeRanges() {}

  /** Whether the address (4 or 16 bytes) lies in one of the ranges above. */
  static boolean notGloballyReachable(byte[] address) {
    return NOT_GLOBAL.stream().anyMatch(range -> range.contains(address));
  }
}
