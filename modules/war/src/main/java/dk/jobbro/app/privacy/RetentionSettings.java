package dk.jobbro.app.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long Jobbro keeps what, as ISO-8601 durations in MicroProfile Config (server-config/README.md):
 *
 * <ul>
 *   <li>{@code jobbro.retention.access-log} (default {@code P183D}, six months): the access log is kept so that
 *       misuse can be found and a person can be told who looked (art. 15). Six months is the period the former
 *       security order for public authorities (sikkerhedsbekendtgørelsen, bek. nr. 528 af 15. juni 2000, § 19) set
 *       for logs, after which they were to be deleted, and the period Danish practice and the standard
 *       data-processing agreements still commonly use ("Log opbevares i 6 måneder"); a kommune that needs longer (a
 *       running investigation) sets it.</li>
 *   <li>{@code jobbro.retention.closed-case} (default {@code P1826D}, five years): a closed case's personal data is
 *       kept while the kommune may still need it to decide or defend a claim from the programme (recovery of
 *       benefits and the five-year programme limit in integrationsloven), then anonymised.</li>
 *   <li>{@code jobbro.retention.ended-handover} (default {@code P365D}, one year): a handover taken over is copied
 *       into the case, one withdrawn is no longer needed; a year lets questions about what was handed over be
 *       answered, then its content and the person's identity go.</li>
 * </ul>
 */
@ApplicationScoped
public class RetentionSettings {

  static final String ACCESS_LOG = "jobbro.retention.access-log";
  static final String CLOSED_CASE = "jobbro.retention.closed-case";
  static final String ENDED_HANDOVER = "jobbro.retention.ended-handover";

  @Inject
  @ConfigProperty(name = ACCESS_LOG, defaultValue = "P183D")
  Duration accessLog;

  @Inject
  @ConfigProperty(name = CLOSED_CASE, defaultValue = "P1826D")
  Duration closedCase;

  @Inject
  @ConfigProperty(name = ENDED_HANDOVER, defaultValue = "P365D")
  Duration endedHandover;

  public Duration accessLog() {
    return accessLog;
  }

  public Duration closedCase() {
    return closedCase;
  }

  public Duration endedHandover() {
    return endedHandover;
  }
}
