package dk.jobbro.api.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The buffered access log's writer, with its database write replaced by a list (the INSERT itself is exercised by
 * the in-container tests, through every case read): what the writer is given, it commits once, in order, and keeps
 * through failures; readers of the log can wait for it; a full buffer refuses rather than drop.
 */
class AccessLogBufferTest {

  /** What the writer committed, in order; a write fails while {@link #failuresLeft} is positive. */
  private final List<AccessLogEntry> committed = Collections.synchronizedList(new ArrayList<>());
  private final List<Integer> groupSizes = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile CountDownLatch writesMayGo = new CountDownLatch(0);
  private final AtomicInteger writesStarted = new AtomicInteger();

  private final AccessLogBuffer buffer = new AccessLogBuffer() {
    @Override
    void write(List<AccessLogEntry> group) throws SQLException {
      writesStarted.incrementAndGet();
      try {
        writesMayGo.await();
      } catch (InterruptedException e) {
        throw new SQLException(e);
      }
      if (failuresLeft.getAndDecrement() > 0) {
        throw new SQLException("the database refused the rows");
      }
      groupSizes.add(group.size());
      committed.addAll(group);
    }
  };

  AccessLogBufferTest() {
    buffer.threads = new PlainThreads();
  }

  @AfterEach
  void stop() {
    writesMayGo.countDown();
    buffer.stop();
  }

  @Test
  void everyRowHandedOverIsCommittedOnceInOrder() {
    List<AccessLogEntry> rows = rows(1_000);
    for (int i = 0; i < rows.size(); i += 2) {
      buffer.add(rows.subList(i, i + 2));
    }
    assertThat(buffer.awaitWritten(Duration.ofSeconds(10))).isTrue();
    assertThat(committed).containsExactlyElementsOf(rows);
    assertThat(groupSizes).allMatch(size -> size <= AccessLogInsert.MAX_ROWS);
  }

  @Test
  void rowsThatArriveWhileAGroupIsWrittenGoTogetherAsTheNext() {
    writesMayGo = new CountDownLatch(1);
    buffer.add(rows(1));
    awaitFirstWrite();
    List<AccessLogEntry> waiting = rows(40);
    waiting.forEach(row -> buffer.add(List.of(row)));
    writesMayGo.countDown();
    assertThat(buffer.awaitWritten(Duration.ofSeconds(10))).isTrue();
    assertThat(committed).hasSize(41);
    assertThat(groupSizes).hasSizeLessThan(41).contains(40);
  }

  @Test
  void aRefusedGroupIsKeptAndWrittenWhenTheDatabaseTakesItAgain() {
    failuresLeft.set(3); // the writer pauses 100, 200 and 400 ms between the attempts
    List<AccessLogEntry> rows = rows(10);
    buffer.add(rows);
    assertThat(buffer.awaitWritten(Duration.ofSeconds(10))).isTrue();
    assertThat(committed).containsExactlyElementsOf(rows);
  }

  @Test
  void aReaderOfTheLogWaitsForTheRowsHandedOverBeforeIt() throws Exception {
    writesMayGo = new CountDownLatch(1);
    buffer.add(rows(3));
    assertThat(buffer.awaitWritten(Duration.ofMillis(50))).as("not written yet").isFalse();
    Thread release = new Thread(() -> {
      sleep(100);
      writesMayGo.countDown();
    });
    release.start();
    assertThat(buffer.awaitWritten(Duration.ofSeconds(10))).isTrue();
    assertThat(committed).hasSize(3);
    release.join();
  }

  @Test
  void aFullBufferRefusesTheReadInsteadOfDroppingItsRow() {
    writesMayGo = new CountDownLatch(1); // the writer holds its first group; the rest wait
    buffer.fullWait = Duration.ofMillis(100);
    buffer.add(rows(1));
    awaitFirstWrite();
    buffer.add(rows(AccessLogBuffer.MAX_UNWRITTEN));
    assertThatThrownBy(() -> buffer.add(rows(1))).isInstanceOfSatisfying(ProblemException.class,
        refusal -> assertThat(refusal.status()).isEqualTo(503));
    writesMayGo.countDown();
    assertThat(buffer.awaitWritten(Duration.ofSeconds(10))).isTrue();
    assertThat(committed).hasSize(1 + AccessLogBuffer.MAX_UNWRITTEN);
  }

  @Test
  void theRowsWaitingAreCountedAndTheLogStopsFlowingAtHalfTheRoom() {
    writesMayGo = new CountDownLatch(1); // the writer holds its first group; the rest wait
    buffer.add(rows(1));
    awaitFirstWrite();
    AccessLog log = new AccessLog();
    log.buffer = buffer;
    log.reads = "buffered";
    log.readSetting();
    buffer.add(rows(AccessLogBuffer.MAX_UNWRITTEN / 2 - 1));
    assertThat(log.unwrittenReadRows()).isEqualTo(AccessLogBuffer.MAX_UNWRITTEN / 2 - 1);
    assertThat(log.readRowsFlowing()).isTrue();
    buffer.add(rows(1));
    assertThat(log.readRowsFlowing()).as("half the room taken").isFalse();
    writesMayGo.countDown();
    assertThat(buffer.awaitWritten(Duration.ofSeconds(10))).isTrue();
    assertThat(log.readRowsFlowing()).isTrue();
  }

  @Test
  void stoppingWritesWhatIsHeld() {
    writesMayGo = new CountDownLatch(1);
    List<AccessLogEntry> rows = rows(600);
    buffer.add(rows);
    Thread release = new Thread(() -> {
      sleep(100);
      writesMayGo.countDown();
    });
    release.start();
    buffer.stop();
    assertThat(committed).containsExactlyElementsOf(rows);
  }

  /** Returns once the writer has taken its first group and is writing it. */
  private void awaitFirstWrite() {
    while (writesStarted.get() == 0) {
      sleep(1);
    }
  }

  private static List<AccessLogEntry> rows(int n) {
    return IntStream.range(0, n).mapToObj(i -> new AccessLogEntry("caseworker-101", "caseworker", "101", "READ",
        "case", UUID.randomUUID(), null, new String[] {"h" + i}, new String[] {"101"})).toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The container's thread factory, outside a container: plain daemon threads. */
  static final class PlainThreads implements ManagedThreadFactory {
    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task);
      thread.setDaemon(true);
      return thread;
    }

    @Override
    public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
      return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
    }
  }
}
