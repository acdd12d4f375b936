package dk.jobbro.devenv;

import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;

/**
 * The one class of a throw-away WAR that ItEnvironment deploys and removes while it boots the test domain, before
 * either WAR (it has to come before the probe WAR, and costs nothing on the way then). Payara deploys its own timer
 * service application the first time a deployment holds a bean with a {@code @Timeout} method (the probe WAR's
 * ScheduleProbe), nested inside that deployment; afterwards the outer deployment has lost its deployment context,
 * Jersey starts without Payara's role checks (its RolesAllowedAutoDiscoverable registers them only within one), and
 * every {@code @RolesAllowed} of that WAR was let through. Deploying this first gets the timer service in place.
 *
 * <p>Since server-config/jobbro.asadmin sets no store for persistent timers ({@code ejb-timer-service=None}), Payara
 * deploys no timer-service application at all, so the nesting above should not recur; this stays as the domain's first
 * EJB deployment, whose one-time cost (the EJB container, about 8 s) would otherwise fall to the shared WAR, until a
 * test checks the probe WAR's role checks without it.
 */
@Singleton
public class TimerServiceWarmUp {

  @Timeout
  void never() {
    // no timer is ever created: the method only has to exist
  }
}
