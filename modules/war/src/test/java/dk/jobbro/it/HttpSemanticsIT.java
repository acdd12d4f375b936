package dk.jobbro.it;

import static dk.jobbro.it.ItDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.devenv.ItEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * HTTP as clients expect it (RFC 9110), over real HTTP against the deployed WAR: conditional requests (304 for
 * If-None-Match, If-Match with *, lists and weak tags), Idempotency-Key on creates (replay, 422, 409 with Retry-After,
 * one case from 20 concurrent requests), the 409 that names the caller's own existing case, 405 with Allow, caching
 * headers, no WADL, and CORS for the origin the test domain allows (ItEnvironment configures it). Cases live in
 * kommune 101 (and one in 751), each with a fresh CPR number and a fresh key.
 */
class HttpSemanticsIT {

  private static final String CASES = "api/v1/cases";
  private static final String KEY = "Idempotency-Key";
  private static final String REPLAYED = "Idempotent-Replayed";
  private static final String CASEWORKER = Tokens.caseworker("101");
  /** The origin the test domain lets call the API from a browser; any other is refused. */
  private static final String ALLOWED_ORIGIN = ItEnvironment.CORS_TEST_ORIGIN;
  private static final HttpClient RAW = HttpClient.newHttpClient();

  URL base = SharedDeployment.url();

  private Api api() {
    return new Api(base);
  }

  private static String newCase(String cpr) {
    return """
        {"cpr": "%s", "name": "Amina Haddad", "residenceBasis": "REFUGEE", "takeoverDate": "2026-03-02"}"""
        .formatted(cpr);
  }

  private Api.Reply createCase(String token, String key, String body) {
    HttpRequest.Builder request = Api.request(api().uri(CASES), token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    return api().send(key == null ? request : request.header(KEY, key));
  }

  /**
   * Sends without checking the answer against the OpenAPI document, for the answers it does not declare yet: the
   * 422 of a create whose Idempotency-Key was used with another body.
   */
  private static Api.Reply undocumented(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = RAW.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Api.Reply send(String method, String path, String token, String ifMatch, String json) {
    HttpRequest.Builder b = Api.request(api().uri(path), token).method(method,
        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return api().send(b);
  }

  private Api.Reply getWith(String path, String header, String value) {
    return api().send(Api.request(api().uri(path), CASEWORKER).header(header, value).GET());
  }

  private static List<String> fields(Api.Reply reply) {
    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
    return reply.json().getJsonArray("violations").stream()
        .map(v -> v.asJsonObject().getString("field")).toList();
  }

  private static long casesOf(String cpr) throws Exception {
    return count("select count(*) from caseload.case_file where cpr_index = ?", ItDatabase.cprIndex(cpr));
  }

  private String newCaseId() {
    Api.Reply created = createCase(CASEWORKER, null, newCase(TestCpr.random()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  @Test
  void ifNoneMatchAnswers304WithTheEtagAndNoBodyComparingWeakly() {
    String path = CASES + "/" + newCaseId();
    Api.Reply read = api().get(path, CASEWORKER);
    String etag = read.header("ETag").orElseThrow();

    for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"999\", " + etag, "*")) {
      Api.Reply cached = getWith(path, "If-None-Match", ifNoneMatch);
      assertThat(cached.status()).as(ifNoneMatch + ": " + cached).isEqualTo(304);
      assertThat(cached.body()).isEmpty();
      assertThat(cached.header("ETag")).contains(etag);
      assertThat(cached.header("Cache-Control")).contains("no-store");
    }
    Api.Reply changed = getWith(path, "If-None-Match", "\"999\"");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().getString("id")).isEqualTo(path.substring(CASES.length() + 1));
    // another kommune's case stays a 404, whatever the precondition
    Api.Reply foreign = api().send(Api.request(api().uri(path), Tokens.caseworker("410"))
        .header("If-None-Match", "*").GET());
    assertThat(foreign.status()).isEqualTo(404);
  }

  @Test
  void ifMatchTakesStarAndListsAndRefusesWeakTags() {
    String id = newCaseId();
    String assignment = CASES + "/" + id + "/assignment";
    String etag = api().get(CASES + "/" + id, CASEWORKER).header("ETag").orElseThrow();

    Api.Reply weak = send("PUT", assignment, CASEWORKER, "W/" + etag, "{\"caseworker\": \"a\"}");
    assertThat(weak.status()).as(weak.toString()).isEqualTo(412);
    assertThat(weak.isProblem()).isTrue();

    Api.Reply listed = send("PUT", assignment, CASEWORKER, "\"999\", " + etag, "{\"caseworker\": \"b\"}");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.header("ETag")).isNotEqualTo(etag);

    // * goes ahead against whatever version is current, here the one the list just made
    Api.Reply any = send("PUT", assignment, CASEWORKER, "*", "{\"caseworker\": \"c\"}");
    assertThat(any.status()).as(any.toString()).isEqualTo(200);
    assertThat(any.json().getString("assignedTo")).isEqualTo("c");

    assertThat(send("PUT", assignment, CASEWORKER, etag, "{\"caseworker\": \"d\"}").status()).isEqualTo(412);
    assertThat(send("PUT", assignment, CASEWORKER, null, "{\"caseworker\": \"d\"}").status()).isEqualTo(428);
    assertThat(fields(send("PUT", assignment, CASEWORKER, "3", "{\"caseworker\": \"d\"}")))
        .containsExactly("If-Match");
  }

  @Test
  void aRetryWithTheSameKeyReplaysTheFirstAnswerAndCreatesNothing() throws Exception {
    String cpr = TestCpr.random();
    String key = "case-" + UUID.randomUUID();
    Api.Reply first = createCase(CASEWORKER, key, newCase(cpr));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.header(REPLAYED)).isEmpty();

    // the same body, written differently, is the same request
    Api.Reply retry = createCase(CASEWORKER, key, newCase(cpr).replace(": ", ":").replace(", ", ",\n  "));
    assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
    assertThat(retry.header(REPLAYED)).contains("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(casesOf(cpr)).isEqualTo(1);
    String id = first.json().getString("id");
    assertThat(count("select count(*) from audit.access_log where action = 'REPLAY' and resource_id = ?",
        UUID.fromString(id))).isEqualTo(1);

    // another body under the key: 422 naming the header, nothing created, no CPR echoed
    String other = TestCpr.random();
    Api.Reply misuse = undocumented(Api.request(api().uri(CASES), CASEWORKER).header(KEY, key)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(newCase(other))));
    assertThat(misuse.status()).as(misuse.toString()).isEqualTo(422);
    assertThat(fields(misuse)).containsExactly(KEY);
    assertThat(misuse.body()).doesNotContain(other.substring(0, 6));
    assertThat(casesOf(other)).isZero();

    // keys belong to the caller's kommune: another kommune's same key is a key of its own
    Api.Reply elsewhere = createCase(Tokens.caseworker("751"), key, newCase(other));
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
    assertThat(elsewhere.header(REPLAYED)).isEmpty();

    // a key is kept for the retention (7 days); after it, the key is new again
    try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("update"
        + " http.idempotent_response set created_at = now() - interval '8 days' where scope = ? and key = ?")) {
      s.setString(1, "kommune:101");
      s.setString(2, key);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    String third = TestCpr.random();
    Api.Reply afterExpiry = createCase(CASEWORKER, key, newCase(third));
    assertThat(afterExpiry.status()).as(afterExpiry.toString()).isEqualTo(201);
    assertThat(afterExpiry.header(REPLAYED)).isEmpty();
    assertThat(casesOf(third)).isEqualTo(1);

    assertThat(fields(createCase(CASEWORKER, "a key with spaces", newCase(TestCpr.random())))).containsExactly(KEY);
  }

  @Test
  void aFailedFirstRequestKeepsNothingAndOtherCreatesTakeKeysToo() {
    String key = "offer-" + UUID.randomUUID();
    String offer = "{\"type\": \"MENTOR\", \"startDate\": \"2026-03-05\", \"hoursPerWeek\": 2}";
    HttpRequest.Builder missingCase = Api.request(api().uri(CASES + "/" + UUID.randomUUID() + "/offers"),
        CASEWORKER).header(KEY, key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(offer));
    assertThat(api().send(missingCase).status()).isEqualTo(404);

    // the 404 kept nothing under the key, so it serves a request to another address
    String offers = CASES + "/" + newCaseId() + "/offers";
    HttpRequest.Builder add = Api.request(api().uri(offers), CASEWORKER).header(KEY, key)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(offer));
    Api.Reply created = api().send(add);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Api.Reply again = api().send(Api.request(api().uri(offers), CASEWORKER).header(KEY, key)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(offer)));
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header(REPLAYED)).contains("true");
    assertThat(again.header("Location")).isEqualTo(created.header("Location"));
    assertThat(api().get(offers, CASEWORKER).jsonArray()).hasSize(1);
  }

  @Test
  void twentyConcurrentCreatesWithOneKeyCreateExactlyOneCase() throws Exception {
    String cpr = TestCpr.random();
    String key = "case-" + UUID.randomUUID();
    List<Api.Reply> replies = concurrently(20, () -> createCase(CASEWORKER, key, newCase(cpr)));

    assertThat(casesOf(cpr)).isEqualTo(1);
    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
    List<Api.Reply> created = replies.stream().filter(r -> r.status() == 201).toList();
    assertThat(created.stream().filter(r -> r.header(REPLAYED).isEmpty())).hasSize(1);
    assertThat(created.stream().map(r -> r.header("Location").orElseThrow()).distinct()).hasSize(1);
    assertThat(replies.stream().filter(r -> r.status() == 409)).allSatisfy(busy -> {
      assertThat(busy.isProblem()).isTrue();
      assertThat(busy.header("Retry-After")).contains("1");
    });
  }

  @Test
  void aRetryWhileTheFirstRequestRunsIsToldToComeBack() throws Exception {
    String cpr = TestCpr.random();
    String key = "case-" + UUID.randomUUID();
    // Stand in for a first request that is still running: hold the advisory lock that request would hold.
    try (Connection c = ItDatabase.connect(); PreparedStatement lock = c.prepareStatement(
        "select pg_advisory_lock(?, ?)")) {
      lock.setInt(1, 0x4B455953);
      lock.setInt(2, lockNumber("kommune:101", key));
      lock.executeQuery().close();

      Api.Reply busy = createCase(CASEWORKER, key, newCase(cpr));
      assertThat(busy.status()).as(busy.toString()).isEqualTo(409);
      assertThat(busy.isProblem()).isTrue();
      assertThat(busy.header("Retry-After")).contains("1");
      assertThat(busy.body()).doesNotContain(cpr.substring(0, 6));
      assertThat(casesOf(cpr)).isZero();

      // the first request ends: its lock is released before the retry (closing the connection alone frees it only
      // once PostgreSQL has finished ending the session, which a loaded machine may do after the retry arrives)
      try (PreparedStatement unlock = c.prepareStatement("select pg_advisory_unlock(?, ?)")) {
        unlock.setInt(1, 0x4B455953);
        unlock.setInt(2, lockNumber("kommune:101", key));
        unlock.executeQuery().close();
      }
    }
    Api.Reply ran = createCase(CASEWORKER, key, newCase(cpr));
    assertThat(ran.status()).as(ran.toString()).isEqualTo(201);
    assertThat(ran.header(REPLAYED)).isEmpty();
  }

  /** The lock number the server takes for a key: the first four bytes of SHA-256 over scope, newline, key. */
  private static int lockNumber(String scope, String key) throws Exception {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest((scope + "\n" + key).getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(hash, 0, 4).getInt();
  }

  @Test
  void aSecondRegistrationInTheOwnKommuneNamesTheCaseAndNoOtherKommunesCaseIsRevealed() throws Exception {
    String cpr = TestCpr.random();
    Api.Reply first = createCase(CASEWORKER, null, newCase(cpr));
    String id = first.json().getString("id");

    Api.Reply again = createCase(CASEWORKER, null, newCase(cpr));
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.isProblem()).isTrue();
    assertThat(again.json().getString("duplicateOf")).isEqualTo(id);
    assertThat(fields(again)).containsExactly("cpr");
    assertThat(again.header("Location")).contains(first.header("Location").orElseThrow());
    assertThat(again.body()).doesNotContain(cpr.substring(0, 6));

    // another kommune learns only that kommune 101 holds the person's programme: never the case id
    Api.Reply elsewhere = createCase(Tokens.caseworker("751"), null, newCase(cpr));
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(409);
    assertThat(elsewhere.isProblem()).isTrue();
    assertThat(elsewhere.json().getString("type")).endsWith("/active-programme-elsewhere");
    assertThat(elsewhere.body()).doesNotContain(id).doesNotContain(cpr.substring(0, 6));
    assertThat(elsewhere.header("Location")).isEmpty();
    assertThat(casesOf(cpr)).isEqualTo(1);
  }

  @Test
  void aWrongMethodIs405WithAllowAsAProblem() {
    Api.Reply wrong = send("DELETE", CASES + "/" + UUID.randomUUID(), CASEWORKER, null, null);

    assertThat(wrong.status()).isEqualTo(405);
    assertThat(wrong.isProblem()).as(wrong.toString()).isTrue();
    assertThat(wrong.header("Allow").orElseThrow()).contains("GET").doesNotContain("DELETE");
  }

  @Test
  void personalDataIsNeverStoredByCachesWhileReferenceDataMayBe() {
    assertThat(api().get(CASES + "/" + newCaseId(), CASEWORKER).header("Cache-Control")).contains("no-store");
    assertThat(api().get(CASES, CASEWORKER).header("Cache-Control")).contains("no-store");
    assertThat(api().get(CASES + "/" + UUID.randomUUID(), CASEWORKER).header("Cache-Control"))
        .contains("no-store");
    assertThat(api().get(CASES, null).header("Cache-Control")).contains("no-store");
    Api.Reply kommuner = api().get("api/v1/kommuner", CASEWORKER);
    assertThat(kommuner.header("Cache-Control")).contains("private, max-age=3600");
  }

  @Test
  void thereIsNoWadl() {
    Api.Reply wadl = api().get("api/application.wadl", CASEWORKER);
    assertThat(wadl.status()).isEqualTo(404);
    assertThat(wadl.isProblem()).isTrue();

    Api.Reply options = api().send(Api.request(api().uri(CASES), CASEWORKER, "*/*")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(options.status()).as(options.toString()).isBetween(200, 204);
    assertThat(options.contentType()).doesNotContain("wadl");
    assertThat(options.body()).doesNotContain("wadl");
    assertThat(options.header("Allow").orElseThrow()).contains("GET", "POST");
    assertThat(api().send(Api.request(api().uri(CASES), null, "*/*")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(401);
  }

  @Test
  void anAllowedOriginGetsItsPreflightAndReadsTheHeadersOthersGetNoGrant() {
    Api.Reply preflight = preflight(ALLOWED_ORIGIN);
    assertThat(preflight.status()).as(preflight.toString()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).contains(ALLOWED_ORIGIN);
    assertThat(preflight.header("Access-Control-Allow-Methods").orElseThrow()).contains("POST", "PUT");
    assertThat(preflight.header("Access-Control-Allow-Headers").orElseThrow())
        .contains("Authorization", "If-Match", "Idempotency-Key");
    assertThat(preflight.header("Access-Control-Allow-Credentials")).isEmpty();

    Api.Reply refused = preflight("https://evil.example.com");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("Access-Control-Allow-Origin")).isEmpty();

    Api.Reply read = api().send(Api.request(api().uri(CASES + "/" + newCaseId()), CASEWORKER)
        .header("Origin", ALLOWED_ORIGIN).GET());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("Access-Control-Allow-Origin")).contains(ALLOWED_ORIGIN);
    assertThat(read.header("Access-Control-Expose-Headers").orElseThrow())
        .contains("ETag", "Location", "Retry-After", "Idempotent-Replayed");
    assertThat(read.raw().headers().allValues("Vary")).anyMatch(v -> v.contains("Origin"));

    Api.Reply foreign = api().send(Api.request(api().uri(CASES + "/" + newCaseId()), CASEWORKER)
        .header("Origin", "https://evil.example.com").GET());
    assertThat(foreign.status()).isEqualTo(200);
    assertThat(foreign.header("Access-Control-Allow-Origin")).isEmpty();

    // a token the container itself rejects is answered outside Jakarta REST: the page may still read that 401
    Api.Reply expired = api().send(Api.request(api().uri(CASES), "not.a.token").header("Origin", ALLOWED_ORIGIN)
        .GET());
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.header("Access-Control-Allow-Origin")).contains(ALLOWED_ORIGIN);
  }

  private Api.Reply preflight(String origin) {
    return api().send(HttpRequest.newBuilder(api().uri(CASES)).header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
  }

  private static <T> List<T> concurrently(int n, java.util.concurrent.Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
