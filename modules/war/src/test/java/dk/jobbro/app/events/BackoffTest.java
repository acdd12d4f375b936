package dk.jobbro.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 5);

  @Test
  void theWaitDoublesUpToTheMaximum() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.after(1000)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void theLastAttemptIsTheMaximum() {
    assertThat(backoff.exhausted(4)).isFalse();
    assertThat(backoff.exhausted(5)).isTrue();
  }
}
