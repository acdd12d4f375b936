package dk.jobbro.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectedTokenLogTest {

  private final MutableClock clock = new MutableClock();
  private final List<String> lines = new ArrayList<>();
  private final RejectedTokenLog log = new RejectedTokenLog(clock, Duration.ofMinutes(1), lines::add);

  @Test
  void manyRejectionsFromOneNetworkInAMinuteAreOneLine() {
    for (int i = 0; i < 40; i++) {
      log.reject("203.0.113." + (i % 7), "refused by MicroProfile JWT");
    }
    assertThat(lines).containsExactly("Rejected bearer token from 203.0.113.0/24: refused by MicroProfile JWT");
  }

  @Test
  void theNextWindowsLineCountsWhatWasSuppressed() {
    for (int i = 0; i < 5; i++) {
      log.reject("203.0.113.9", "no bearer token");
    }
    clock.advance(Duration.ofSeconds(61));
    log.reject("203.0.113.9", "no bearer token");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).endsWith("(4 more rejected from there in the minute before)");
  }

  @Test
  void eachNetworkGetsItsOwnLine() {
    log.reject("203.0.113.9", "x");
    log.reject("198.51.100.9", "x");
    log.reject("2001:db8:aa:1::9", "x");
    assertThat(lines).containsExactly("Rejected bearer token from 203.0.113.0/24: x",
        "Rejected bearer token from 198.51.100.0/24: x", "Rejected bearer token from 2001:db8:aa::/48: x");
  }

  @Test
  void aFloodOfNetworksCannotGrowTheTableBeyondItsBound() {
    for (int i = 0; i < RejectedTokenLog.MAX_SOURCES + 5_000; i++) {
      log.reject("10." + (i >> 8 & 0xff) + "." + (i & 0xff) + ".1", "x"); // a /24 of its own each
    }
    assertThat(lines).hasSizeLessThanOrEqualTo(RejectedTokenLog.MAX_SOURCES + 1);
    assertThat(lines.get(lines.size() - 1)).contains(RejectedTokenLog.OTHER_SOURCES);
  }

  @Test
  void somethingThatIsNotAnAddressIsNeverLookedUpOrLogged() {
    assertThat(RejectedTokenLog.network("evil.example.com")).isEqualTo("an unknown address");
    assertThat(RejectedTokenLog.network(null)).isEqualTo("an unknown address");
  }
}
