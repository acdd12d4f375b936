package dk.jobbro.app.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One short log line per source network per minute for rejected bearer tokens, however many arrive. Anyone can send
 * a bad token, so each rejection must not cost log space: the first rejection from a source in a window is logged
 * with its reason, the rest are only counted, and the count is logged when that source's next window opens.
 *
 * <p>A source is the client's network, not its address (IPv4 /24, IPv6 /48): enough to block it at the firewall,
 * less personal than an address, and an attacker hopping addresses within a network still gets one line. Nothing
 * from the token is logged, only the defect ("claim 'kommune' is not a string of three digits").
 */
public final class RejectedTokenLog {

  /** The application's one instance: the error servlet and the JAX-RS filter both report here. */
  public static final RejectedTokenLog INSTANCE = new RejectedTokenLog(Clock.systemUTC(), Duration.ofMinutes(1),
      line -> Logger.getLogger(RejectedTokenLog.class.getName()).log(Level.WARNING, line));

  // beyond this many sources in one window everything shares one bucket, so a botnet cannot grow the map
  static final int MAX_SOURCES = 10_000;
  static final String OTHER_SOURCES = "other networks";

  private final Clock clock;
  private final long windowMillis;
  private final Consumer<String> log;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  RejectedTokenLog(Clock clock, Duration window, Consumer<String> log) {
    this.clock = clock;
    this.windowMillis = window.toMillis();
    this.log = log;
  }

  /** Records one rejection; logs at most one line for it. */
  public void reject(String remoteAddress, String reason) {
    long now = clock.millis();
    if (windows.size() >= MAX_SOURCES) {
      windows.values().removeIf(w -> w.isOver(now, windowMillis) && w.suppressed == 0);
    }
    String source = windows.size() >= MAX_SOURCES ? OTHER_SOURCES : network(remoteAddress);
    String[] line = new String[1];
    windows.compute(source, (key, window) -> {
      if (window != null && !window.isOver(now, windowMillis)) {
        window.suppressed++;
        return window;
      }
      String earlier = window == null || window.suppressed == 0 ? ""
          : " (" + window.suppressed + " more rejected from there in the minute before)";
      line[0] = "Rejected bearer token from " + key + ": " + reason + earlier;
      return new Window(now);
    });
    if (line[0] != null) {
      log.accept(line[0]);
    }
  }

  /** The client's network: IPv4 /24 or IPv6 /48, written as a prefix. */
  static String network(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.isBlank()) {
      return "an unknown address";
    }
    try {
      // only literal addresses come from the container; a name would not be resolved by this check
      if (!remoteAddress.matches("[0-9a-fA-F:.%]+")) {
        return "an unknown address";
      }
      byte[] b = InetAddress.getByName(remoteAddress).getAddress();
      if (b.length == 4) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + ".0/24";
      }
      return String.format("%x:%x:%x::/48", ((b[0] & 0xff) << 8) | (b[1] & 0xff), ((b[2] & 0xff) << 8) | (b[3] & 0xff),
          ((b[4] & 0xff) << 8) | (b[5] & 0xff));
    } catch (UnknownHostException e) {
      return "an unknown address";
    }
  }

  private static final class Window {
    final long start;
    int suppressed;

    Window(long start) {
      this.start = start;
    }

    boolean isOver(long now, long length) {
      return now - start >= length;
    }
  }
}
