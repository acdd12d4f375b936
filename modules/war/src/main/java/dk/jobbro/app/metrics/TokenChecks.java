package dk.jobbro.app.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts the bearer tokens the API accepted, by how: checked in full (signature, issuer, audience, times, claims) or
 * answered from memory because the same token was accepted before ({@code AcceptedTokens}). A client that mints a
 * new token for every request makes every request pay the full check; the share of {@code check="verified"} in
 * {@code rate(jobbro_tokens_accepted_total[5m])} shows it.
 */
@ApplicationScoped
public class TokenChecks {

  static final Metadata ACCEPTED = Metadata.builder().withName("jobbro.tokens.accepted")
      .withDescription("Bearer tokens accepted by the API, by check: verified in full, or remembered from before")
      .build();

  @Inject
  MetricRegistry registry;

  private Counter verified;
  private Counter remembered;

  @PostConstruct
  void counters() {
    verified = registry.counter(ACCEPTED, new Tag("check", "verified"));
    remembered = registry.counter(ACCEPTED, new Tag("check", "remembered"));
  }

  /** Creates this bean at deployment, so both counters exist (at 0) before the first request. */
  void register(@Observes @Initialized(ApplicationScoped.class) Object context) {
    // the observer is only here to instantiate the bean; @PostConstruct registers the counters
  }

  public void verified() {
    verified.inc();
  }

  public void remembered() {
    remembered.inc();
  }
}
