package dk.jobbro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.jobbro.it.probe.ScheduleProbe;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * In the container: a job marked OncePerSchedule runs once per schedule however many timers fire for it, as when every
 * instance of a cluster fires its own; a failed run may be claimed again. The claim itself is a row in PostgreSQL, so
 * what holds for timers here holds for instances on one database. (bench/cluster.sh runs two real instances, but
 * not long enough for a scheduled job to fire, so it does not show this.)
 */
@ExtendWith(ArquillianExtension.class)
@Execution(ExecutionMode.SAME_THREAD) // one own-WAR class at a time, all on one thread (see Deployments)
class ScheduledJobsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.jobbro().addClasses(ScheduledJobsIT.class, ScheduleProbe.class);
  }

  @Inject
  ScheduleProbe probe;

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  @BeforeEach
  void freshJob() throws Exception {
    probe.reset();
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete = c.prepareStatement("delete from scheduling.job_run where job = ?")) {
      delete.setString(1, ScheduleProbe.JOB);
      delete.executeUpdate();
    }
    awayFromTheRoundingEdge();
  }

  @Test
  void threeTimersOfOneScheduleRunTheJobOnce() throws Exception {
    probe.fireOnInstances(3);

    List<Run> runs = awaitRuns(r -> r.size() == 1 && r.get(0).outcome() != null);
    Thread.sleep(500); // the other two timers have fired by now and must have skipped
    assertEquals(1, probe.ran());
    assertEquals(List.of(new Run(1, "DONE")), runs(), "one run recorded, done at the first attempt");
  }

  @Test
  void aFailedRunIsRecordedAndMayBeClaimedAgainInTheSameMinute() throws Exception {
    probe.failNext(1);
    probe.fireOnInstances(1);
    assertEquals(List.of(new Run(1, "FAILED")), awaitRuns(r -> r.size() == 1 && r.get(0).outcome() != null));

    probe.fireOnInstances(1);
    assertEquals(List.of(new Run(2, "DONE")), awaitRuns(r -> r.size() == 1 && "DONE".equals(r.get(0).outcome())));
    assertEquals(2, probe.ran());
  }

  record Run(int attempts, String outcome) {}

  private List<Run> runs() throws Exception {
    List<Run> runs = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(
            "select attempts, outcome from scheduling.job_run where job = ? order by slot")) {
      select.setString(1, ScheduleProbe.JOB);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          runs.add(new Run(rs.getInt(1), rs.getString(2)));
        }
      }
    }
    return runs;
  }

  private interface RunsCondition {
    boolean holds(List<Run> runs);
  }

  /** Waits for the timers (asynchronous by nature) until the recorded runs meet the condition; fails after 20 s. */
  private List<Run> awaitRuns(RunsCondition condition) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(giveUp)) {
      List<Run> runs = runs();
      if (condition.holds(runs)) {
        return runs;
      }
      Thread.sleep(50);
    }
    return runs();
  }

  /**
   * A run belongs to the nearest whole minute, so timers fired on either side of second 30 belong to two schedule
   * minutes, as they should. Each test's timers fire within a few seconds: start them well clear of that edge.
   */
  private static void awayFromTheRoundingEdge() throws InterruptedException {
    BooleanSupplier nearEdge = () -> {
      int second = LocalTime.now().getSecond();
      return second >= 20 && second < 35;
    };
    while (nearEdge.getAsBoolean()) {
      Thread.sleep(250);
    }
  }
}
