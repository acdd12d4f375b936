package dk.jobbro.api.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Reads logged with {@code jobbro.access-log.reads=committed}: each request returns only once its rows are committed,
 * requests that overlap share a group, and a refused group fails every request in it. The database write is replaced
 * by a list; the INSERT is the buffered writer's too ({@link AccessLogInsert}), exercised in the container.
 */
class AccessLogGroupCommitTest {

  private final List<AccessLogEntry> committed = Collections.synchronizedList(new ArrayList<>());
  private final List<Integer> groupSizes = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean refuse;

  private final AccessLogGroupCommit groupCommit = new AccessLogGroupCommit() {
    @Override
    void write(List<AccessLogEntry> rows) throws SQLException {
      try {
        Thread.sleep(5); // a round trip, so that requests overlap
      } catch (InterruptedException e) {
        throw new SQLException(e);
      }
      if (refuse) {
        throw new SQLException("the database refused the rows");
      }
      groupSizes.add(rows.size());
      committed.addAll(rows);
    }
  };

  @Test
  void eachRequestReturnsOnceItsRowsAreCommittedAndOverlappingRequestsShareGroups() throws Exception {
    ExecutorService requests = Executors.newFixedThreadPool(16);
    try {
      List<Future<Boolean>> done = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        done.add(requests.submit(() -> {
          AccessLogEntry mine = row();
          groupCommit.commit(List.of(mine));
          return committed.contains(mine);
        }));
      }
      for (Future<Boolean> request : done) {
        assertThat(request.get()).as("committed before the request went on").isTrue();
      }
    } finally {
      requests.shutdown();
    }
    assertThat(committed).hasSize(64).doesNotHaveDuplicates();
    assertThat(groupSizes).as("groups of several requests' rows").hasSizeLessThan(64);
  }

  @Test
  void aRefusedGroupFailsTheRequestsInIt() {
    refuse = true;
    assertThatThrownBy(() -> groupCommit.commit(List.of(row()))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("could not be written");
    assertThat(committed).isEmpty();
  }

  private static AccessLogEntry row() {
    return new AccessLogEntry("caseworker-101", "caseworker", "101", "READ", "case", UUID.randomUUID(), null,
        new String[] {"h"}, new String[] {"101"});
  }
}
