package dk.jobbro.api.shared.audit;

import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes the access-log rows of reads made outside a transaction from one thread of its own, so the read does not wait
 * for them: a read hands its rows over and answers; the writer commits whatever has been handed over, many reads'
 * rows in one {@link AccessLogInsert}, a few milliseconds after the first of them came ({@link #LINGER_MILLIS}). This
 * is how reads are logged by default ({@code jobbro.access-log.reads=buffered}); {@link AccessLogGroupCommit} makes
 * each read wait instead.
 *
 * <p>What this gives up is that a read is durable before it is answered. Rows are lost only if the instance's JVM
 * dies before it has committed them: the group being written and the rows handed over meanwhile, the reads of the
 * last few milliseconds ({@link #LINGER_MILLIS} and a round trip to PostgreSQL). A stopped instance writes what it
 * holds first. While PostgreSQL refuses the rows, the writer keeps them and tries again with a growing pause; once
 * {@link #MAX_UNWRITTEN} rows wait, a read waits for room, and after {@link #FULL_WAIT} it is refused (503): an
 * instance never answers more than that many reads it could not log.
 */
@ApplicationScoped
class AccessLogBuffer {

  private static final Logger LOG = Logger.getLogger(AccessLogBuffer.class.getName());

  /** The most rows that wait for the writer (seconds of full load); a read that finds no room waits. */
  static final int MAX_UNWRITTEN = 10_000;

  /** How long a read waits for room before it fails rather than be answered unlogged. */
  static final Duration FULL_WAIT = Duration.ofSeconds(10);

  /**
   * How long the writer waits, once a row has come, for others to join it. The rows' cost to PostgreSQL is mostly per
   * transaction (the hash chain's lock and head, the commit), and at a thousand reads a second a writer that went at
   * once wrote groups of one or two rows; a few milliseconds make groups of several. It adds as much to what a crash
   * can lose and to how long a search of the log waits for this instance's reads.
   */
  static final long LINGER_MILLIS = 4;

  private static final long FIRST_RETRY_MILLIS = 100;
  private static final long LAST_RETRY_MILLIS = 5_000;

  /** How long a stopping instance goes on trying to write what it holds. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(10);

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  @Resource
  ManagedThreadFactory threads;

  private final BlockingQueue<AccessLogEntry> unwritten = new LinkedBlockingQueue<>(MAX_UNWRITTEN);

  /** Rows ever handed over, and rows ever committed: the writer commits in the order they were handed over. */
  private final AtomicLong handedOver = new AtomicLong();
  private final Object committedMonitor = new Object();
  private long committed; // guarded by committedMonitor

  /** {@link #FULL_WAIT}; a test shortens it. */
  Duration fullWait = FULL_WAIT;

  private volatile Thread writer;
  private volatile boolean stopping;

  /**
   * Hands the rows to the writer and returns at once.
   *
   * @throws ProblemException a 503 when the writer has had no room for {@link #FULL_WAIT}: the log is not being
   *     written, and the read must not be answered (the client may send it again, as after any 503)
   */
  void add(List<AccessLogEntry> rows) {
    startWriterOnce();
    try {
      for (AccessLogEntry row : rows) {
        if (!unwritten.offer(row, fullWait.toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.severe("A read is refused: " + MAX_UNWRITTEN + " access-log rows wait for PostgreSQL, and none has been"
              + " taken for " + fullWait.toMillis() + " ms");
          throw new ProblemException(503, "access-log-unavailable", "Access log unavailable",
              "Reads of personal data are logged, and the log cannot be written at the moment, so this read is not"
                  + " answered. Send it again after a while.");
        }
        handedOver.incrementAndGet();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing rows to the access log", e);
    }
  }

  /**
   * Waits until every row handed over before this call is committed, or the timeout has passed; answers whether
   * they are. A reader of the log calls it first, so it sees the reads this instance has answered.
   */
  boolean awaitWritten(Duration timeout) {
    long target = handedOver.get();
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (committedMonitor) {
      while (committed < target) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        try {
          committedMonitor.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }

  /** How many rows wait for the writer now. */
  int unwrittenRows() {
    return unwritten.size();
  }

  private void startWriterOnce() {
    if (writer == null) {
      synchronized (this) {
        if (writer == null) {
          Thread thread = threads.newThread(this::writeUntilStopped);
          thread.setName("jobbro-access-log");
          thread.start();
          writer = thread;
        }
      }
    }
  }

  private void writeUntilStopped() {
    List<AccessLogEntry> group = new ArrayList<>(AccessLogInsert.MAX_ROWS);
    long retryMillis = FIRST_RETRY_MILLIS;
    long giveUpAt = Long.MAX_VALUE;
    while (true) {
      if (group.isEmpty() && !takeGroup(group)) {
        return; // stopping, and nothing left
      }
      try {
        write(group);
        markCommitted(group.size());
        group.clear();
        retryMillis = FIRST_RETRY_MILLIS;
      } catch (SQLException | RuntimeException e) {
        if (stopping) {
          giveUpAt = Math.min(giveUpAt, System.nanoTime() + STOP_WAIT.toNanos());
          if (System.nanoTime() > giveUpAt) {
            LOG.severe("Stopped with " + (group.size() + unwritten.size())
                + " access-log rows PostgreSQL would not take: " + e);
            return;
          }
        }
        // the group is kept and tried again; the rows hold hashes and kommune codes, no CPR number
        LOG.log(Level.WARNING, "The access log could not be written, trying again in " + retryMillis + " ms", e);
        pause(retryMillis);
        retryMillis = Math.min(retryMillis * 2, LAST_RETRY_MILLIS);
      }
    }
  }

  /** Fills the group with the next rows, waiting for the first; answers false when stopping with none left. */
  private boolean takeGroup(List<AccessLogEntry> group) {
    while (true) {
      AccessLogEntry first = null;
      try {
        first = unwritten.poll(50, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        // nothing here interrupts the writer; should something, it goes on writing: a writer that left would leave
        // every later read waiting for room
      }
      if (first != null) {
        group.add(first);
        if (!stopping && unwritten.size() < AccessLogInsert.MAX_ROWS - 1) {
          pause(LINGER_MILLIS); // let the reads of the next moments join this group (LINGER_MILLIS says why)
        }
        unwritten.drainTo(group, AccessLogInsert.MAX_ROWS - 1);
        return true;
      }
      if (stopping) {
        return false;
      }
    }
  }

  /** Commits one group; when it returns, the rows are durable. */
  void write(List<AccessLogEntry> group) throws SQLException {
    AccessLogInsert.commit(dataSource, group);
  }

  private void markCommitted(int rows) {
    synchronized (committedMonitor) {
      committed += rows;
      committedMonitor.notifyAll();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      // as in takeGroup: the writer goes on
    }
  }

  /** Writes what is held before the application goes. */
  @PreDestroy
  void stop() {
    stopping = true;
    Thread thread = writer;
    if (thread == null) {
      return;
    }
    try {
      thread.join(STOP_WAIT.toMillis() + LAST_RETRY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
