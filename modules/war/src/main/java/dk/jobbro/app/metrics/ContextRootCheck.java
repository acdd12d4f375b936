package dk.jobbro.app.metrics;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Warns when Jobbro is not deployed at the context root. Payara serves {@code /health} and {@code /metrics} inside the
 * application at {@code /}; anywhere else they come from Payara's default web module, where {@link MetricsAccess} and
 * the 404 for unknown health paths do not apply, so every kommune's figures would be open to anyone.
 */
@WebListener
public class ContextRootCheck implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(ContextRootCheck.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String contextPath = event.getServletContext().getContextPath();
    if (!contextPath.isEmpty()) {
      LOG.warning(() -> "Jobbro is deployed at " + contextPath + ", not at /: /metrics is then served outside Jobbro "
          + "and needs no token. Deploy with --contextroot / (server-config/README.md).");
    }
  }
}
