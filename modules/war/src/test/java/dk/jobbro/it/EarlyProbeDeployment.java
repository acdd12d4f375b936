package dk.jobbro.it;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts deploying the probe WAR in the test JVM of the black-box classes as soon as the last class of the run marked
 * {@link BeforeProbeDeployment} has finished, so that the deployment (about 10 s of the server's CPU) runs beside the
 * remaining black-box classes, which leave part of the machine idle, instead of before the probe classes, which would
 * wait for it. The JVM waits for the deployment before it ends; the probe classes' JVM then finds it done
 * ({@link ProbeDeployment}). Only with {@code it.probes.early=true} (the war POM's failsafe runs; not when chosen
 * classes run with {@code -Dit.test}, where nothing may need the probe WAR) and only in a run that holds a marked
 * class. Registered through META-INF/services.
 */
public final class EarlyProbeDeployment implements TestExecutionListener {

  private final Set<String> waitingFor = ConcurrentHashMap.newKeySet();
  private volatile boolean active;

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    if (!Boolean.getBoolean("it.probes.early")) {
      return;
    }
    plan.getRoots().forEach(root -> plan.getDescendants(root).stream()
        .filter(id -> id.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
            .map(source -> source.getJavaClass().isAnnotationPresent(BeforeProbeDeployment.class)).orElse(false))
        .forEach(id -> waitingFor.add(id.getUniqueId())));
    active = !waitingFor.isEmpty();
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (active && waitingFor.remove(id.getUniqueId()) && waitingFor.isEmpty()) {
      ProbeDeployment.deployInBackground();
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (active) {
      ProbeDeployment.awaitBackground();
    }
  }
}
