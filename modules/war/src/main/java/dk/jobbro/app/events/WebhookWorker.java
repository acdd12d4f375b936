package dk.jobbro.app.events;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the due webhook deliveries on every instance, from one thread of its own: it looks as soon as a transaction
 * that wrote events commits on this instance ({@link FeedSignal}) and at least every {@code
 * jobbro.webhooks.poll-interval} (for other instances' events and for retries falling due). An EJB timer would not do:
 * Payara delivers timers at most once a second. The rows are claimed ({@link Deliveries#claim}), so instances sharing
 * the database never send the same attempt, and since the deliveries are rows a restart loses none: a claim whose
 * instance died is due again when its lease runs out.
 *
 * <p>Configuration (MicroProfile Config, ISO-8601 durations): {@code jobbro.webhooks.backoff-initial} (PT1S) and
 * {@code jobbro.webhooks.backoff-max} (PT1H) for the wait between attempts, doubling; {@code
 * jobbro.webhooks.max-attempts} (10) before DEAD_LETTER; {@code jobbro.webhooks.timeout} (PT10S) per request.
 */
@Singleton
@Startup
@DependsOn("FlywayMigrator") // the tables must exist before the first round
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookWorker {

  private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());

  /** Claimed per round; a round's requests run side by side. */
  static final int BATCH = 50;

  @Resource
  ManagedThreadFactory threads;

  @Inject
  FeedSignal signal;

  @Inject
  Deliveries deliveries;

  @Inject
  @ConfigProperty(name = "jobbro.webhooks.poll-interval", defaultValue = "PT1S")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "jobbro.webhooks.backoff-initial", defaultValue = "PT1S")
  Duration backoffInitial;

  @Inject
  @ConfigProperty(name = "jobbro.webhooks.backoff-max", defaultValue = "PT1H")
  Duration backoffMax;

  @Inject
  @ConfigProperty(name = "jobbro.webhooks.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "jobbro.webhooks.timeout", defaultValue = "PT10S")
  Duration timeout;

  private volatile boolean stopped;

  private Thread worker;

  private HttpClient http;

  private Backoff backoff;

  @PostConstruct
  void start() {
    backoff = new Backoff(backoffInitial, backoffMax, maxAttempts);
    // redirects are not followed: a receiver that moved says so by failing, not by sending the body elsewhere
    http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    worker = threads.newThread(this::run);
    worker.setName("jobbro-webhooks");
    worker.start();
  }

  @PreDestroy
  void stop() {
    stopped = true;
    worker.interrupt();
    try {
      worker.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (!stopped) {
      long seen = signal.commits();
      try {
        if (round() == 0) {
          signal.await(seen, pollInterval.toMillis());
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.warning(() -> "Webhook round failed, the next one tries again: " + e);
        try {
          Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  /**
   * One round: claim what is due, send it all side by side, record each outcome on this thread (not on the HTTP
   * client's). Answers how many were claimed.
   */
  int round() {
    List<Deliveries.Attempt> claimed = deliveries.claim(BATCH, timeout.multipliedBy(3));
    List<CompletableFuture<Outcome>> sent = claimed.stream().map(this::send).toList();
    for (CompletableFuture<Outcome> outcome : sent) {
      record(outcome.join());
    }
    return claimed.size();
  }

  /** What came of one attempt: the receiver's status, or why there was none. */
  private record Outcome(Deliveries.Attempt attempt, Integer status, String error) {}

  private void record(Outcome o) {
    if (o.status() != null && o.status() / 100 == 2) {
      deliveries.delivered(o.attempt().id(), o.attempt().attempt(), o.status());
    } else {
      deliveries.failed(o.attempt().id(), o.attempt().attempt(), o.status(),
          o.error() != null ? o.error() : "HTTP " + o.status(), backoff);
    }
  }

  private CompletableFuture<Outcome> send(Deliveries.Attempt a) {
    HttpRequest request;
    try {
      URI to = URI.create(a.url());
      // checked again here, not only when subscribed: what the host name resolves to may have changed since
      Optional<String> refused = WebhookUrl.refusal(to);
      if (refused.isPresent()) {
        return CompletableFuture.completedFuture(new Outcome(a, null, "address refused: url " + refused.get()));
      }
      long now = System.currentTimeMillis() / 1000;
      request = HttpRequest.newBuilder(to).timeout(timeout)
          .header("Content-Type", CloudEvents.MEDIA_TYPE)
          .header(WebhookSignature.HEADER, WebhookSignature.header(a.secret(), now, a.body()))
          .header("Jobbro-Delivery", a.id().toString())
          .POST(HttpRequest.BodyPublishers.ofString(a.body())).build();
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(new Outcome(a, null, "invalid address"));
    }
    // the receiver's body is never read nor stored: only its status counts
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
      if (error != null) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        return new Outcome(a, null, cause.getClass().getSimpleName());
      }
      return new Outcome(a, response.statusCode(), null);
    });
  }
}
