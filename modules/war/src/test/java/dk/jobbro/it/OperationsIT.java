package dk.jobbro.it;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.caseload.boundary.WorklistResource;
import dk.jobbro.handover.boundary.HandoversResource;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * What a MicroProfile operator expects of {@code /health} and {@code /metrics}, over real HTTP against the deployed
 * WAR: checks that mean something, no software versions for anyone without a token, REST operations counted and timed
 * by their Java method names, the connection pool's figures, and business gauges that agree with the API.
 */
@BeforeProbeDeployment // reads /health and /metrics, which Payara serves server-wide
@Isolated // counts requests server-wide and reads the connection pool's figures: no other class may call meanwhile
public class OperationsIT {

  private static final LocalDate TODAY = DanishDate.today();
  /** Hedensted: only this test writes here, so its inbox and worklist change only by what the test does. */
  private static final String KOMMUNE = "766";
  /** Skive: where this test's batch imports go. */
  private static final String BATCH_KOMMUNE = "779";
  private static final String REDCROSS = Tokens.sender("redcross");
  /** A version number such as 6.2025.9, 17.5 or 3.1 in a body or a header. */
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+");

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  // --- health -------------------------------------------------------------------------------------------------------

  @Test
  void liveStartedAndReadyEachHaveTheirChecksAndAreUp() {
    assertThat(checks("/health/live")).containsExactlyInAnyOrderEntriesOf(Map.of("jvm", "UP"));
    assertThat(checks("/health/started")).containsExactlyInAnyOrderEntriesOf(Map.of("deployment", "UP"));
    assertThat(checks("/health/ready"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("database", "UP", "jwt-config", "UP", "hash-keys", "UP",
            "encryption-keys", "UP", "access-log", "UP"));
    assertThat(checks("/health")).containsKeys("jvm", "deployment", "database", "jwt-config", "hash-keys",
        "encryption-keys", "access-log");

    JsonObject jvm = check("/health/live", "jvm").getJsonObject("data");
    assertThat(jvm.getString("deadlockedThreads")).isEqualTo("0");
    assertThat(Integer.parseInt(jvm.getString("heapAfterGcPercent"))).isBetween(0, 94);
    JsonObject accessLog = check("/health/ready", "access-log").getJsonObject("data");
    assertThat(Long.parseLong(accessLog.get("unwrittenRows").toString().replace("\"", ""))).isNotNegative();
    JsonObject deployment = check("/health/started", "deployment").getJsonObject("data");
    assertThat(deployment.getString("migrated")).isEqualTo("true");
    assertThat(deployment.getString("deployed")).isEqualTo("true");
  }

  @Test
  void anUnknownHealthPathIsNotFound() {
    for (String path : List.of("/health/readyy", "/health/liveness", "/health/ready/extra", "/health/")) {
      Api.Reply reply = api().get(api().serverUri(path), null);
      assertThat(reply.status()).as(path + " " + reply).isEqualTo(404);
      assertThat(reply.isProblem()).as(path).isTrue();
      assertThat(reply.body()).doesNotContain("\"checks\"");
    }
  }

  @Test
  void healthShowsNoSoftwareVersionWithoutAToken() {
    for (String path : List.of("/health", "/health/live", "/health/started", "/health/ready", "/health/unknown")) {
      Api.Reply reply = api().get(api().serverUri(path), null);
      assertThat(VERSION.matcher(reply.body()).find()).as(path + " body: " + reply.body()).isFalse();
      assertThat(reply.body()).as(path).doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("flyway")
          .doesNotContainIgnoringCase("postgresql");
      reply.raw().headers().map().forEach((name, values) -> values.forEach(value -> {
        assertThat(VERSION.matcher(value).find()).as(path + " header " + name + ": " + value).isFalse();
        assertThat(value).as(path + " header " + name).doesNotContainIgnoringCase("payara");
      }));
      assertThat(reply.header("X-Powered-By")).as(path).isEmpty();
    }
  }

  // --- metrics: access ----------------------------------------------------------------------------------------------

  @Test
  void metricsAreForOperationsStaffOnly() {
    Api.Reply anonymous = api().send(Api.request(api().serverUri("/metrics"), null, "text/plain").GET());
    assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
    assertThat(anonymous.isProblem()).isTrue();
    assertThat(anonymous.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    Api.Reply caseworker = api().send(Api.request(api().serverUri("/metrics?scope=application"),
        Tokens.caseworker(KOMMUNE), "text/plain").GET());
    assertThat(caseworker.status()).as(caseworker.toString()).isEqualTo(403);
    assertThat(scrape().samples()).isNotEmpty();
  }

  // --- metrics: REST operations -------------------------------------------------------------------------------------

  @Test
  void everyOperationHasATimerNamedByItsOperationIdFromTheStart() {
    OpenMetrics metrics = scrape();
    for (Class<?> resource : List.of(WorklistResource.class, HandoversResource.class)) {
      for (Method method : resourceMethods(resource)) {
        assertThat(metrics.value("jobbro_api_request_duration_seconds_count", operation(resource, operationId(method))))
            .as(resource.getSimpleName() + "." + method.getName()).isPresent();
      }
    }
  }

  @Test
  void requestsAreCountedByStatusClassAndTimedPerOperation() {
    Map<String, String> worklist = operation(WorklistResource.class, javaName(WorklistResource.class, GET.class, null));
    OpenMetrics before = scrape();
    for (int i = 0; i < 3; i++) {
      Api.Reply page = api().get("api/v1/worklist?size=5", Tokens.caseworker(KOMMUNE));
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
    }
    assertThat(api().get("api/v1/worklist", null).status()).isEqualTo(401);
    OpenMetrics after = scrape();

    assertThat(delta(before, after, "jobbro_api_requests_total", with(worklist, "status", "2xx"))).isEqualTo(3);
    assertThat(delta(before, after, "jobbro_api_requests_total", with(worklist, "status", "4xx"))).isEqualTo(1);
    assertThat(delta(before, after, "jobbro_api_request_duration_seconds_count", worklist)).isEqualTo(4);
    assertThat(delta(before, after, "jobbro_api_request_duration_seconds_sum", worklist)).isPositive();
    assertThat(after.value("jobbro_api_request_duration_seconds_max", worklist)).isPresent();
  }

  // --- metrics: the connection pool ---------------------------------------------------------------------------------

  @Test
  void theConnectionPoolFiguresArePresentAndMove() {
    OpenMetrics before = scrape();
    for (int i = 0; i < 5; i++) {
      newCase(KOMMUNE, TODAY.minusDays(2));
    }
    OpenMetrics after = scrape();

    Map<String, String> pool = Map.of("datasource", "jdbc/jobbro");
    for (String figure : List.of("connections_used", "connections_peak", "connections_free", "wait_queue",
        "wait_time_average_seconds", "acquired", "timeouts")) {
      double value = after.value("jobbro_db_pool_" + figure, pool).orElseThrow(() -> new AssertionError(figure));
      assertThat(value).as(figure).isNotNaN().isNotNegative();
    }
    assertThat(delta(before, after, "jobbro_db_pool_acquired", pool)).isGreaterThanOrEqualTo(5);
    assertThat(after.valueOrZero("jobbro_db_pool_connections_peak", pool)).isPositive();
    assertThat(after.valueOrZero("jobbro_db_pool_connections_used", pool)
        + after.valueOrZero("jobbro_db_pool_connections_free", pool)).isPositive();
  }

  // --- metrics: business gauges -------------------------------------------------------------------------------------

  @Test
  void overdueFirstOffersAndWaitingHandoversAreWhatTheApiShows() throws InterruptedException {
    long overdueBefore = total("api/v1/worklist?status=OVERDUE&size=1");
    newCase(KOMMUNE, TODAY.minusMonths(1).minusDays(5));
    newCase(KOMMUNE, TODAY.minusMonths(2));
    newCase(KOMMUNE, TODAY.minusDays(3)); // not overdue yet
    long overdue = total("api/v1/worklist?status=OVERDUE&size=1");
    assertThat(overdue).isEqualTo(overdueBefore + 2);

    String unread = submitHandover(KOMMUNE);
    String read = submitHandover(KOMMUNE);
    String asked = submitHandover(KOMMUNE);
    assertThat(unread).isNotEqualTo(read);
    assertThat(api().get("api/v1/handovers/" + read, Tokens.caseworker(KOMMUNE)).status()).isEqualTo(200);
    Api.Reply ask = api().send(Api.request(api().uri("api/v1/handovers/" + asked + "/info-requests"),
        Tokens.caseworker(KOMMUNE)).header("Content-Type", "application/json")
        .header("If-Match", api().get("api/v1/handovers/" + asked, Tokens.caseworker(KOMMUNE)).header("ETag")
            .orElseThrow())
        .POST(HttpRequest.BodyPublishers.ofString("{\"fields\": [\"education\"], \"message\": \"Which school?\"}")));
    assertThat(ask.status()).as(ask.toString()).isEqualTo(200);
    Map<String, Long> waiting = Map.of(
        "SENT", total("api/v1/handovers?status=SENT&size=1"),
        "RECEIVED", total("api/v1/handovers?status=RECEIVED&size=1"),
        "INFO_REQUESTED", total("api/v1/handovers?status=INFO_REQUESTED&size=1"));
    assertThat(waiting.values()).allSatisfy(count -> assertThat(count).isPositive());

    // The gauges read the database again once their reading is older than jobbro.metrics.business-gauges.max-age (10 s
    // by default, a second on the test domain: ItEnvironment); within that they must come to the API's figures.
    Map<String, String> kommune = Map.of("kommune", KOMMUNE);
    OpenMetrics metrics = awaitScrape(m -> m.valueOrZero("jobbro_cases_first_offer_overdue", kommune) == overdue
        && waiting.entrySet().stream().allMatch(w -> m.valueOrZero("jobbro_handovers_waiting",
            with(kommune, "status", w.getKey())) == w.getValue()));
    assertThat(metrics.value("jobbro_cases_first_offer_overdue", kommune)).hasValue(overdue);
    waiting.forEach((status, count) -> assertThat(
        metrics.value("jobbro_handovers_waiting", with(kommune, "status", status))).as(status).hasValue(count));
    // every kommune has its gauges, zeros included
    assertThat(metrics.named("jobbro_cases_first_offer_overdue")).hasSize(98);
  }

  @Test
  void batchRecordsAreCountedByOutcomeAndAReplayCountsNothing() {
    String known = TestCpr.random();
    submitHandover(BATCH_KOMMUNE, known);
    String body = "[" + String.join(",", HandoverIT.handover(known, BATCH_KOMMUNE),
        HandoverIT.handover(TestCpr.random(), BATCH_KOMMUNE), HandoverIT.handover(TestCpr.random(), "998")) + "]";
    String key = "operations-" + UUID.randomUUID();
    OpenMetrics before = scrape();
    assertThat(batch(body, key).status()).isEqualTo(200);
    OpenMetrics after = scrape();
    assertThat(batch(body, key).header("Idempotent-Replayed")).contains("true");
    OpenMetrics replayed = scrape();

    for (String outcome : List.of("created", "duplicate", "rejected")) {
      Map<String, String> labels = Map.of("outcome", outcome);
      assertThat(delta(before, after, "jobbro_handover_batch_records_total", labels)).as(outcome).isEqualTo(1);
      assertThat(delta(after, replayed, "jobbro_handover_batch_records_total", labels)).as(outcome).isZero();
    }
  }

  @Test
  void aTokenIsCountedVerifiedOnceAndRememberedAfter() {
    String fresh = Tokens.DEMO.kommuneUser("caseworker", KOMMUNE, Duration.ofMinutes(5));
    OpenMetrics before = scrape();
    for (int i = 0; i < 3; i++) {
      assertThat(api().get("api/v1/worklist?size=1", fresh).status()).isEqualTo(200);
    }
    OpenMetrics after = scrape();

    assertThat(delta(before, after, "jobbro_tokens_accepted_total", Map.of("check", "verified"))).isEqualTo(1);
    assertThat(delta(before, after, "jobbro_tokens_accepted_total", Map.of("check", "remembered"))).isEqualTo(2);
  }

  // --- helpers ------------------------------------------------------------------------------------------------------

  private Map<String, String> checks(String path) {
    Api.Reply reply = api().get(api().serverUri(path), null);
    assertThat(reply.status()).as(path + " " + reply).isEqualTo(200);
    JsonObject health = reply.json();
    assertThat(health.getString("status")).as(path).isEqualTo("UP");
    return health.getJsonArray("checks").stream().map(JsonObject.class::cast)
        .collect(java.util.stream.Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
  }

  private JsonObject check(String path, String name) {
    return api().get(api().serverUri(path), null).json().getJsonArray("checks").stream().map(JsonObject.class::cast)
        .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow();
  }

  private OpenMetrics scrape() {
    Api.Reply reply = api().send(Api.request(api().serverUri("/metrics?scope=application"), Tokens.admin(),
        "text/plain").GET());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return OpenMetrics.parse(reply.body());
  }

  private OpenMetrics awaitScrape(java.util.function.Predicate<OpenMetrics> done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    OpenMetrics metrics = scrape();
    while (!done.test(metrics) && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      metrics = scrape();
    }
    return metrics;
  }

  private static double delta(OpenMetrics before, OpenMetrics after, String name, Map<String, String> labels) {
    return after.valueOrZero(name, labels) - before.valueOrZero(name, labels);
  }

  private static Map<String, String> with(Map<String, String> labels, String name, String value) {
    return Stream.concat(labels.entrySet().stream(), Stream.of(Map.entry(name, value)))
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static Map<String, String> operation(Class<?> resource, String method) {
    return Map.of("operation", method, "resource", resource.getSimpleName());
  }

  /** The resource methods of a class: what Jakarta REST dispatches to (an HTTP method annotation). */
  private static List<Method> resourceMethods(Class<?> resource) {
    return Arrays.stream(resource.getDeclaredMethods())
        .filter(m -> Arrays.stream(m.getAnnotations()).anyMatch(a -> isHttpMethod(a.annotationType()))).toList();
  }

  /** The Java name of the resource method for this HTTP method and sub-path (null: the class's own path). */
  private static String javaName(Class<?> resource, Class<? extends Annotation> httpMethod, String subPath) {
    return resourceMethods(resource).stream()
        .filter(m -> m.isAnnotationPresent(httpMethod))
        .filter(m -> subPath == null ? !m.isAnnotationPresent(Path.class)
            : subPath.equals(m.getAnnotation(Path.class).value()))
        .map(OperationsIT::operationId).findFirst().orElseThrow();
  }

  /** The OpenAPI operationId the metrics are tagged with. */
  private static String operationId(Method method) {
    return method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class).operationId();
  }

  private static boolean isHttpMethod(Class<? extends Annotation> type) {
    return type.isAnnotationPresent(jakarta.ws.rs.HttpMethod.class);
  }

  private long total(String path) {
    Api.Reply reply = api().get(path, Tokens.caseworker(KOMMUNE));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonNumber("total").longValue();
  }

  private void newCase(String kommune, LocalDate takeover) {
    String cpr = TestCpr.adult(ThreadLocalRandom.current().nextBoolean());
    String json = """
        {"cpr": "%s", "name": "Sara Tesfay", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
         "residencePermitDate": "%s", "countryOfOrigin": "Eritrea",
         "languages": [{"language": "ti", "level": "FLUENT"}]}""".formatted(cpr, takeover, takeover.minusMonths(2));
    Api.Reply reply = api().post("api/v1/cases", Tokens.caseworker(kommune), json);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
  }

  private String submitHandover(String kommune) {
    return submitHandover(kommune, TestCpr.random());
  }

  private String submitHandover(String kommune, String cpr) {
    Api.Reply reply = api().post("api/v1/handovers", REDCROSS, HandoverIT.handover(cpr, kommune));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getString("id");
  }

  private Api.Reply batch(String body, String key) {
    return api().send(Api.request(api().uri("api/v1/handovers/batch"), REDCROSS)
        .header("Content-Type", "application/json").header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }
}
