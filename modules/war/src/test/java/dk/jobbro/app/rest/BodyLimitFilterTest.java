package dk.jobbro.app.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BodyLimitFilterTest {

  private static InputStream limited(int size, long limit) {
    return new BodyLimitFilter.LimitedStream(new ByteArrayInputStream(new byte[size]), limit);
  }

  @Test
  void aBodyUpToTheLimitReadsWhole() throws IOException {
    assertThat(limited(1024, 1024).readAllBytes()).hasSize(1024);
  }

  @Test
  void oneByteOverTheLimitStopsTheStream() {
    assertThatThrownBy(() -> limited(1025, 1024).readAllBytes()).isInstanceOf(BodyLimitFilter.LimitExceeded.class);
  }

  @Test
  void singleByteReadsAreCountedToo() {
    InputStream in = limited(3, 2);
    assertThatThrownBy(() -> {
      while (in.read() >= 0) {
        // reading byte by byte, as some parsers do
      }
    }).isInstanceOf(BodyLimitFilter.LimitExceeded.class);
  }

  @Test
  void drainingReadsTheRestPastTheLimitButNotWithoutEnd() {
    assertThat(BodyLimitFilter.drain(limited(200_000, 1024))).isTrue();
    assertThat(BodyLimitFilter.drain(new ByteArrayInputStream(new byte[(int) BodyLimitFilter.DRAIN_AT_MOST + 1])))
        .isFalse();
  }

  @Test
  void theBatchMayBeFarLargerThanASingleObject() {
    assertThat(BodyLimits.forOperation("submitHandoverBatch")).isEqualTo(32L * 1024 * 1024);
    assertThat(BodyLimits.forOperation("submitHandoverBatchNdjson")).isEqualTo(32L * 1024 * 1024);
    assertThat(BodyLimits.forOperation("createCase")).isEqualTo(64 * 1024);
    assertThat(BodyLimits.forOperation(null)).isEqualTo(64 * 1024);
    assertThat(BodyLimits.describe(64 * 1024)).isEqualTo("64 KiB");
  }
}
