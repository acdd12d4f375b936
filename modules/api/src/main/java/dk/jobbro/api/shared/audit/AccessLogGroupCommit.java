package dk.jobbro.api.shared.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Commits the access-log rows of reads made outside a transaction, many requests' rows in one database transaction,
 * and lets each request go on only once its own rows are committed: every logged read stays durable, as with a commit
 * per read, but the log's fixed costs (a transaction, its commit, the hash chain's lock on its head row at commit) are
 * paid once per group instead of once per read.
 *
 * <p>There is no writer thread: a request that finds nobody writing becomes the writer, takes every row queued so far
 * (its own among them) and commits them; requests that arrive meanwhile wait for their rows and are written as the next
 * group, by whichever of them gets the lock first. A writer that finishes looks at the queue once more after letting
 * go of the lock, so no row waits for a writer that has just left; a timed wait is the safety net.
 *
 * <p>A group is one {@link AccessLogInsert}: one round trip, which matters because at half the maximum rate nearly
 * every read is a group of its own. This is how reads are logged with {@code jobbro.access-log.reads=committed};
 * the default ({@link AccessLogBuffer}) does not make the request wait.
 */
@ApplicationScoped
class AccessLogGroupCommit {

  /**
   * The most rows one writer commits in one statement (a request logs one or two), so no request writes long for
   * others. A request's rows are never split: one with more than this many is a group of its own.
   */
  static final int MAX_GROUP_ROWS = AccessLogInsert.MAX_ROWS;

  /** How long a waiting request sleeps before it looks again whether it should write (normally it is woken). */
  private static final long RECHECK_MILLIS = 5;

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writing = new ReentrantLock();

  /**
   * Returns once these rows are committed.
   *
   * @throws IllegalStateException when the group they were in could not be committed (caused by the SQLException)
   */
  void commit(List<AccessLogEntry> rows) {
    Pending mine = new Pending(rows);
    queue.add(mine);
    do {
      if (writing.tryLock()) {
        try {
          writeOneGroup();
        } finally {
          writing.unlock();
        }
      } else {
        mine.awaitBriefly();
      }
    } while (!mine.isDone() || (!queue.isEmpty() && !writing.isLocked()));
    mine.rethrowFailure();
  }

  private void writeOneGroup() {
    List<Pending> group = new ArrayList<>();
    int rows = 0;
    Pending next;
    // only the writer takes from the queue, so what it peeks at is what it then polls
    while ((next = queue.peek()) != null && (group.isEmpty() || rows + next.rows.size() <= MAX_GROUP_ROWS)) {
      group.add(queue.poll());
      rows += next.rows.size();
    }
    if (group.isEmpty()) {
      return;
    }
    try {
      write(group.stream().flatMap(p -> p.rows.stream()).toList());
      group.forEach(p -> p.finish(null));
    } catch (SQLException | RuntimeException e) {
      group.forEach(p -> p.finish(e));
    }
  }

  /** Commits one group's rows; when it returns, they are durable. */
  void write(List<AccessLogEntry> rows) throws SQLException {
    AccessLogInsert.commit(dataSource, rows);
  }

  /**
   * One request's rows and whether they are committed yet. The wait is a latch with a timeout that answers false
   * rather than a future's timed get: that one throws a TimeoutException, with its stack trace filled in, on every
   * 5 ms recheck; under load a request rechecked several times while a group was written, and the stack traces
   * (invisible to JFR's execution samples, which skip native frames) were a measurable part of a case read's CPU and
   * of its garbage.
   */
  private static final class Pending {
    final List<AccessLogEntry> rows;
    private final CountDownLatch written = new CountDownLatch(1);
    // set before the latch opens, read after it has: the latch makes it visible
    private Exception failure;

    Pending(List<AccessLogEntry> rows) {
      this.rows = rows;
    }

    void finish(Exception failureOrNull) {
      failure = failureOrNull;
      written.countDown();
    }

    boolean isDone() {
      return written.getCount() == 0;
    }

    void awaitBriefly() {
      try {
        // written or failed: the caller's loop sees it; timed out: the caller looks whether it should write
        written.await(RECHECK_MILLIS, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the access log", e);
      }
    }

    void rethrowFailure() {
      if (failure != null) {
        throw new IllegalStateException("the access log could not be written", failure);
      }
    }
  }
}
