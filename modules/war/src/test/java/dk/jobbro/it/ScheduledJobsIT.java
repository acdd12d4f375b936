package dk.jobbro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.jobbro.it.probe.ScheduleProbe;
import dk.jobbro.it.probe.SwitchedOffScheduleProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A job marked OncePerSchedule runs once per schedule however many timers fire for it, as when every instance of a
 * cluster fires its own; a failed run may be claimed again; a job switched off in the configuration does not run. The
 * claim itself is a row in PostgreSQL, so what holds for timers here holds for instances on one database
 * (bench/cluster.sh shows it with two real instances: the every-minute heartbeat, no minute run twice). The jobs are
 * the probe deployment's ScheduleProbe and SwitchedOffScheduleProbe, driven through their test resource; their runs
 * are read from the database.
 */
class ScheduledJobsIT {

  private final Api api = new Api(ProbeDeployment.url());

  @BeforeEach
  void freshJob() throws Exception {
    probe("reset");
    try (Connection c = ItDatabase.connect();
        PreparedStatement delete = c.prepareStatement("delete from scheduling.job_run where job in (?, ?)")) {
      delete.setString(1, ScheduleProbe.JOB);
      delete.setString(2, SwitchedOffScheduleProbe.JOB);
      delete.executeUpdate();
    }
    awayFromTheRoundingEdge();
  }

  @Test
  void threeTimersOfOneScheduleRunTheJobOnce() throws Exception {
    probe("fire?instances=3");

    List<Run> runs = awaitRuns(r -> r.size() == 1 && r.get(0).outcome() != null);
    Thread.sleep(500); // the other two timers have fired by now and must have skipped
    assertEquals(1, ran());
    assertEquals(List.of(new Run(1, "DONE")), runs(), "one run recorded, done at the first attempt");
  }

  @Test
  void aFailedRunIsRecordedAndMayBeClaimedAgainInTheSameMinute() throws Exception {
    probe("fail-next?count=1");
    probe("fire?instances=1");
    assertEquals(List.of(new Run(1, "FAILED")), awaitRuns(r -> r.size() == 1 && r.get(0).outcome() != null));

    probe("fire?instances=1");
    assertEquals(List.of(new Run(2, "DONE")), awaitRuns(r -> r.size() == 1 && "DONE".equals(r.get(0).outcome())));
    assertEquals(2, ran());
  }

  /**
   * The test domain switches this job off as it does the nightly retention jobs (jobbro.jobs.{job}.enabled=false,
   * ItEnvironment). Fired beside a job that is on, it has had its turn once that one's run is done.
   */
  @Test
  void aJobSwitchedOffInTheConfigurationSkipsItsRunsWithoutClaimingThem() throws Exception {
    Path log = Path.of(System.getProperty("it.payara.serverlog"));
    long logBefore = Files.size(log);
    probe("switched-off/fire");
    probe("fire?instances=1");

    assertEquals(List.of(new Run(1, "DONE")), awaitRuns(r -> r.size() == 1 && r.get(0).outcome() != null),
        "the job that is on ran");
    // the switched-off job's timer did fire: the interceptor says so in the log each time it skips a run
    String skipped = "Scheduled job " + SwitchedOffScheduleProbe.JOB + " is switched off here";
    assertTrue(await(() -> logSince(log, logBefore).contains(skipped)), "no line '" + skipped + "' in " + log);
    assertEquals(0, ran("switched-off/ran"));
    assertEquals(List.of(), runs(SwitchedOffScheduleProbe.JOB), "no run claimed: an instance with the job on may");
  }

  record Run(int attempts, String outcome) {}

  private List<Run> runs() throws Exception {
    return runs(ScheduleProbe.JOB);
  }

  private List<Run> runs(String job) throws Exception {
    List<Run> runs = new ArrayList<>();
    try (Connection c = ItDatabase.connect();
        PreparedStatement select = c.prepareStatement(
            "select attempts, outcome from scheduling.job_run where job = ? order by slot")) {
      select.setString(1, job);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          runs.add(new Run(rs.getInt(1), rs.getString(2)));
        }
      }
    }
    return runs;
  }

  /** Asks the probe to do something: {@code reset}, {@code fail-next?count=n}, {@code fire?instances=n}. */
  private void probe(String action) {
    Api.Reply reply = api.send(Api.request(api.uri("api/test/schedule/" + action), Tokens.admin())
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(204, reply.status(), reply.toString());
  }

  /** How often the job's work really ran since the last reset. */
  private int ran() {
    return ran("ran");
  }

  /** What the probe answers at {@code api/test/schedule/<path>}: how often a job's work ran since the last reset. */
  private int ran(String path) {
    Api.Reply reply = api.send(Api.request(api.uri("api/test/schedule/" + path), Tokens.admin(), "text/plain").GET());
    assertEquals(200, reply.status(), reply.toString());
    return Integer.parseInt(reply.body().strip());
  }

  private interface RunsCondition {
    boolean holds(List<Run> runs);
  }

  /** Whether {@code condition} comes to hold within 20 seconds; the timers are asynchronous by nature. */
  private static boolean await(Callable<Boolean> condition) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
    while (!condition.call()) {
      if (Instant.now().isAfter(giveUp)) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  /** What the server log gained since it was {@code size} bytes long (all of it, if it was rotated meanwhile). */
  private static String logSince(Path log, long size) {
    try {
      byte[] all = Files.readAllBytes(log);
      int from = all.length >= size ? (int) size : 0;
      return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The recorded runs that first meet the condition, or the last read after 20 s (the caller's assertion fails). */
  private List<Run> awaitRuns(RunsCondition condition) throws Exception {
    AtomicReference<List<Run>> read = new AtomicReference<>();
    await(() -> {
      read.set(runs());
      return condition.holds(read.get());
    });
    return read.get();
  }

  /**
   * A run belongs to the nearest whole minute, so timers fired on either side of second 30 belong to two schedule
   * minutes, as they should. Each test's timers fire within a second or two of its start, and PostgreSQL's clock is
   * this machine's: a test that starts 7 s before the edge has its runs done by then, one that starts at the edge
   * has the next minute to itself.
   */
  private static void awayFromTheRoundingEdge() throws InterruptedException {
    BooleanSupplier nearEdge = () -> {
      int second = LocalTime.now().getSecond();
      return second >= 23 && second < 31;
    };
    while (nearEdge.getAsBoolean()) {
      Thread.sleep(250);
    }
  }
}
