package dk.jobbro.it;

import java.time.Duration;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, when an in-container test JVM has run its classes, the CPU it used: the clients' own work (HTTP, token
 * signing, each answer's check against the OpenAPI document) shares the machine's cores with the test server, so the
 * test loop's figures (bench/README.md) count it beside the server's. Registered through META-INF/services; silent in
 * the unit-test forks, which have no test server.
 */
public final class TestJvmCpu implements TestExecutionListener {

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (System.getProperty("it.shared.url") == null) {
      return;
    }
    Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    System.out.printf("[test-jvm] this in-container test JVM used %.1f s of CPU%n", cpu.toMillis() / 1000.0);
  }
}
