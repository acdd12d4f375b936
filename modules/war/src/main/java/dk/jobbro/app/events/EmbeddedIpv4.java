package dk.jobbro.app.events;

import java.util.Arrays;
import java.util.List;

/**
 * The IPv4 addresses an IPv6 address carries inside it, as the transition mechanisms lay them out. A packet to such
 * an IPv6 address ends at the IPv4 address (through the host's own stack, a 6to4 or Teredo relay, or a NAT64
 * gateway), so the webhook rule must judge that IPv4 address: {@code [::ffff:127.0.0.1]}, {@code [::10.0.0.1]},
 * {@code [2002:a9fe:a9fe::]} and {@code [64:ff9b::a00:1]} all reach inside the network.
 */
final class EmbeddedIpv4 {

  private static final byte[] MAPPED = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff}; // ::ffff:0:0/96
  private static final byte[] TRANSLATED = {0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0}; // ::ffff:0:0:0/96
  private static final byte[] COMPATIBLE = new byte[12]; // ::/96
  private static final byte[] SIX_TO_FOUR = {0x20, 0x02}; // 2002::/16
  private static final byte[] NAT64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}; // 64:ff9b::/96
  private static final byte[] TEREDO = {0x20, 0x01, 0, 0}; // 2001::/32

  private EmbeddedIpv4() {}

  /**
   * The IPv4 addresses (4 bytes each) the IPv6 address carries: none for an ordinary address, one for the mapped,
   * translated and compatible forms, 6to4 and the well-known NAT64 prefix, two for Teredo (its server, and its
   * client, whose address Teredo stores with every bit inverted).
   */
  static List<byte[]> in(byte[] ipv6) {
    if (ipv6.length != 16) {
      throw new IllegalArgumentException("an IPv6 address has 16 bytes, not " + ipv6.length);
    }
    if (startsWith(ipv6, MAPPED) || startsWith(ipv6, TRANSLATED) || startsWith(ipv6, COMPATIBLE)
        || startsWith(ipv6, NAT64)) {
      return List.of(Arrays.copyOfRange(ipv6, 12, 16));
    }
    if (startsWith(ipv6, SIX_TO_FOUR)) {
      return List.of(Arrays.copyOfRange(ipv6, 2, 6));
    }
    if (startsWith(ipv6, TEREDO)) {
      byte[] client = Arrays.copyOfRange(ipv6, 12, 16);
      for (int i = 0; i < client.length; i++) {
        client[i] = (byte) ~client[i];
      }
      return List.of(Arrays.copyOfRange(ipv6, 4, 8), client);
    }
    return List.of();
  }

  private static boolean startsWith(byte[] address, byte[] prefix) {
    return Arrays.equals(address, 0, prefix.length, prefix, 0, prefix.length);
  }
}
