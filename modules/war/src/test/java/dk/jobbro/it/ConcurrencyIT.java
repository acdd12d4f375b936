package dk.jobbro.it;

import static dk.jobbro.it.ItDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Races: for each kind of change, {@value #PARALLEL} requests on one resource are released at the same instant, in
 * {@link #ROUNDS} rounds (3 by default, which keeps the class near a minute on a small machine; the property
 * {@code jobbro.concurrency.rounds} asks for more). None may answer 5xx, every 4xx is a problem detail, exactly the expected number win, the
 * losers hear 409 or 412, and the database afterwards holds what the winners were told (nothing doubled or lost).
 */
@Order(1) // one of the longest classes: started first, so that it does not run on alone at the end
class ConcurrencyIT {

  private static final int PARALLEL = 20;
  private static final int ROUNDS = Integer.getInteger("jobbro.concurrency.rounds", 3);
  private static final LocalDate TODAY = DanishDate.today();
  /** Kommuner no other test class writes to, so the checks below see only this class's data. */
  private static final String LEMVIG = "665";
  private static final String STRUER = "671";
  private static final Map<String, int[]> FIGURES = new TreeMap<>();

  URL base = SharedDeployment.url();

  @AfterAll
  static void printFigures() {
    // the figures the hardening report quotes: changes tried and 5xx seen, per kind of change
    FIGURES.forEach((kind, f) -> System.out.printf("ConcurrencyIT %-28s tried %4d  won %3d  5xx %d%n", kind, f[0],
        f[1], f[2]));
  }

  @Test
  void aCaseChangeWithOneIfMatchHasOneWinner() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String id = newCase(LEMVIG, TODAY.minusDays(10));
      String etag = etagOf("api/v1/cases/" + id, Tokens.caseworker(LEMVIG));
      List<Api.Reply> replies = race(i -> send("PUT", "api/v1/cases/" + id + "/assignment",
          Tokens.caseworker(LEMVIG), etag, "{\"caseworker\": \"cw-" + i + "\"}"));
      List<Api.Reply> won = settle("case update (If-Match)", replies, 200, 1, 412);
      JsonObject after = api().get("api/v1/cases/" + id, Tokens.caseworker(LEMVIG)).json();
      // the one winner's change is the one stored, on exactly one new version
      if (won.size() == 1) {
        expect("caseworker is the winner's", after.getString("assignedTo")
            .equals(won.get(0).json().getString("assignedTo")) ? 1 : 0, 1);
      }
      expect("case version", after.getJsonNumber("version").longValue(), Long.parseLong(etag.replace("\"", "")) + 1);
    }
  }

  @Test
  void parallelOffersOnOneCaseAreEachStoredOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String id = newCase(LEMVIG, TODAY.minusDays(10));
      String offers = "api/v1/cases/" + id + "/offers";
      api().registerEmployer(Api.TEST_EMPLOYER_CVR);
      List<Api.Reply> replies = race(i -> api().post(offers, Tokens.caseworker(LEMVIG), "{\"type\": \""
          + (i % 2 == 0 ? "VIRKSOMHEDSPRAKTIK" : "MENTOR") + "\", \"startDate\": \"" + TODAY.minusDays(i)
          + "\", \"hoursPerWeek\": 10" + (i % 2 == 0 ? ", \"employerCvr\": \"13748136\"" : "") + "}"));
      // they take turns on the case, so every one is stored
      List<Api.Reply> won = settle("offer add", replies, 201, PARALLEL);
      expect("offers stored", count("select count(*) from caseload.offer where case_id = ?", UUID.fromString(id)),
          won.size());
    }
  }

  @Test
  void endingAnOfferWithOneIfMatchHasOneWinner() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String id = newCase(LEMVIG, TODAY.minusDays(10));
      String offers = "api/v1/cases/" + id + "/offers";
      api().registerEmployer(Api.TEST_EMPLOYER_CVR);
      Api.Reply offer = api().post(offers, Tokens.caseworker(LEMVIG), "{\"type\": \"VIRKSOMHEDSPRAKTIK\", "
          + "\"startDate\": \"" + TODAY + "\", \"hoursPerWeek\": 30, \"employerCvr\": \"13748136\"}");
      assertThat(offer.status()).as(offer.toString(), 201);
      String path = offers + "/" + offer.json().getString("id");
      String etag = etagOf(path, Tokens.caseworker(LEMVIG));
      settle("offer end (If-Match)", race(i -> send("PUT", path + "/end", Tokens.caseworker(LEMVIG), etag,
          "{\"endDate\": \"" + TODAY.plusWeeks(1 + i) + "\"}")), 200, 1, 412);
    }
  }

  @Test
  void aBenefitPeriodSentTwentyTimesIsStoredOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String id = newCase(LEMVIG, TODAY.minusDays(10));
      String benefits = "api/v1/cases/" + id + "/benefits";
      List<Api.Reply> replies = race(i -> api().post(benefits, Tokens.caseworker(LEMVIG),
          "{\"kind\": \"INTEGRATION_BENEFIT\", \"startDate\": \"2026-01-01\", \"endDate\": \"2026-06-30\"}"));
      settle("benefit period", replies, 201, 1, 400, 409);
      expect("benefit periods", count("select count(*) from caseload.benefit_period where case_id = ?",
          UUID.fromString(id)), 1);
    }
  }

  @Test
  void oneCprRegisteredTwentyTimesIsOneCase() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String cpr = adultCpr();
      String json = caseJson(cpr, TODAY.minusDays(10));
      List<Api.Reply> replies = race(i -> api().post("api/v1/cases", Tokens.caseworker(LEMVIG), json));
      settle("case registration", replies, 201, 1, 409);
      expect("cases of the person", count("select count(*) from caseload.case_file where cpr_index = ?",
          ItDatabase.cprIndex(cpr)), 1);
    }
  }

  @Test
  void aCaseMoveIsRequestedOnceAndAcceptedOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String id = newCase(LEMVIG, TODAY.minusDays(10));
      List<Api.Reply> requested = race(i -> api().post("api/v1/cases/" + id + "/moves", Tokens.caseworker(LEMVIG),
          "{\"toKommune\": \"" + STRUER + "\"}"));
      List<Api.Reply> moves = settle("case move request", requested, 201, 1, 409);
      expect("case moves", count("select count(*) from caseload.case_move where case_id = ?", UUID.fromString(id)), 1);
      if (moves.size() != 1) {
        continue;
      }
      Api.Reply move = moves.get(0);
      String etag = move.header("ETag").orElseThrow();
      String accept = "api/v1/case-moves/" + move.json().getString("id") + "/accept";
      settle("case move accept (If-Match)", race(i -> send("POST", accept, Tokens.caseworker(STRUER), etag, null)),
          200, 1, 412);
      expect("case moved to Struer", api().get("api/v1/cases/" + id, Tokens.caseworker(STRUER)).status(), 200);
    }
  }

  @Test
  void aHandoverTakenOverTwentyTimesOpensOneCase() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Api.Reply submitted = api().post("api/v1/handovers", Tokens.sender("redcross"),
          HandoverIT.handover(TestCpr.random(), LEMVIG));
      assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
      String id = submitted.json().getString("id");
      List<Api.Reply> replies = race(i -> api().post("api/v1/handovers/" + id + "/takeover",
          Tokens.caseworker(LEMVIG), "{}"));
      // a takeover is idempotent: every caller is told about the one case it opened
      List<Api.Reply> won = settle("handover takeover", replies, 200, PARALLEL);
      expect("distinct case ids answered", won.stream().map(r -> r.json().getString("caseId")).distinct().count(), 1);
      expect("cases opened", count("select count(*) from caseload.case_file where handover_id = ?",
          UUID.fromString(id)), 1);
    }
  }

  @Test
  void oneCompanyRegisteredTwentyTimesIsOneEmployerWithOnePartnership() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String cvr = TestCvr.random();
      List<Api.Reply> replies = race(i -> api().post("api/v1/employers", Tokens.consultant(LEMVIG), """
          {"cvr": "%s", "name": "Harboøre Fisk ApS", "sector": "PRIVATE", "locationKommune": "%s"}"""
          .formatted(cvr, LEMVIG)));
      List<Api.Reply> registered = settle("employer registration", replies, 201, 1, 409);
      expect("employers with the CVR", count("select count(*) from employers.employer where cvr = ?", cvr), 1);
      if (registered.size() != 1) {
        continue;
      }
      String employer = registered.get(0).json().getString("id");
      String body = """
          {"employerId": "%s", "signedDate": "%s", "commitments": {"virksomhedspraktikPlaces": 1,
           "loentilskudPlaces": 1, "iguPlaces": 1, "occupations": ["7115"]}}""".formatted(employer, TODAY);
      settle("partnership signing", race(i -> api().post("api/v1/partnerships", Tokens.consultant(LEMVIG), body)),
          201, 1, 409);
      expect("active partnerships", count("select count(*) from employers.partnership where employer_id = ? "
          + "and status = 'ACTIVE'", UUID.fromString(employer)), 1);
    }
  }

  @Test
  void onePersonGetsOneIguPlacement() throws Exception {
    String employer = employer(LEMVIG);
    LocalDate start = TestIgu.startOn(TODAY);
    for (int round = 0; round < ROUNDS; round++) {
      String caseId = newCase(LEMVIG, start.minusMonths(1));
      String json = """
          {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30, "payBasis": "EGU",
           "signedDate": "%s"}""".formatted(caseId, employer, start, start.minusDays(10));
      List<Api.Reply> replies = race(i -> api().post("api/v1/igu-placements", Tokens.consultant(LEMVIG), json));
      settle("IGU placement", replies, 201, 1, 409, 422);
      expect("IGU placements", count("select count(*) from employers.igu_placement where case_id = ?",
          UUID.fromString(caseId)), 1);
      // the placement's offer on the case is not doubled either
      expect("IGU offers", count("select count(*) from caseload.offer where case_id = ?", UUID.fromString(caseId)), 1);
    }
  }

  @Test
  void employerSideChangesWithOneIfMatchHaveOneWinner() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String employer = employer(LEMVIG);
      Api.Reply signed = api().post("api/v1/partnerships", Tokens.consultant(LEMVIG), """
          {"employerId": "%s", "signedDate": "%s", "commitments": {"virksomhedspraktikPlaces": 1,
           "loentilskudPlaces": 1, "iguPlaces": 1, "occupations": ["7115"]}}""".formatted(employer, TODAY));
      assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
      String partnership = "api/v1/partnerships/" + signed.json().getString("id");
      String partnershipTag = signed.header("ETag").orElseGet(() -> etagOf(partnership, Tokens.consultant(LEMVIG)));
      settle("partnership end (If-Match)", race(i -> send("POST", partnership + "/end", Tokens.consultant(LEMVIG),
          partnershipTag, "{\"endDate\": \"" + TODAY + "\", \"reason\": \"Reason " + i + "\"}")), 200, 1, 412);

      String vacancy = "api/v1/vacancies/" + vacancy(LEMVIG, "9329");
      String vacancyTag = etagOf(vacancy, Tokens.consultant(LEMVIG));
      settle("vacancy status (If-Match)", race(i -> send("POST", vacancy + (i % 2 == 0 ? "/status/FILLED"
          : "/status/CLOSED"), Tokens.consultant(LEMVIG), vacancyTag, null)), 200, 1, 412);

      LocalDate start = TestIgu.startOn(TODAY);
      String caseId = newCase(LEMVIG, start.minusMonths(1));
      Api.Reply placed = api().post("api/v1/igu-placements", Tokens.consultant(LEMVIG), """
          {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30, "payBasis": "EGU",
           "signedDate": "%s"}""".formatted(caseId, employer, start, start.minusDays(10)));
      assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
      String placement = "api/v1/igu-placements/" + placed.json().getString("id");
      String placementTag = etagOf(placement, Tokens.consultant(LEMVIG));
      settle("IGU VITAS registration (If-Match)", race(i -> send("PUT", placement + "/vitas",
          Tokens.consultant(LEMVIG), placementTag, "{\"registeredDate\": \"" + start.minusDays(i % 5) + "\"}")),
          200, 1, 412);
    }
  }

  @Test
  void aCandidateIsRequestedOnceAndTheRequestDecidedOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String occupation = TestOccupations.unused('8');
      candidate(STRUER, occupation);
      String vacancy = vacancy(LEMVIG, occupation);
      String ref = api().get("api/v1/vacancies/" + vacancy + "/candidates?limit=100", Tokens.consultant(LEMVIG))
          .json().getJsonArray("otherKommuner").stream().map(JsonObject.class::cast)
          .filter(o -> TestOccupations.isFirstOf(o, occupation)).findFirst().orElseThrow()
          .getString("matchRef");
      String requests = "api/v1/vacancies/" + vacancy + "/candidates/" + ref + "/requests";
      List<Api.Reply> sent = settle("match request",
          race(i -> send("POST", requests, Tokens.consultant(LEMVIG), null, MatchingIT.NOTE)), 201, 1, 409);
      expect("match requests", count("select count(*) from employers.match_request where vacancy_id = ?",
          UUID.fromString(vacancy)), 1);
      if (sent.size() != 1) {
        continue;
      }
      Api.Reply request = sent.get(0);
      String path = "api/v1/match-requests/" + request.json().getString("id");
      String etag = etagOf(path, Tokens.caseworker(STRUER));
      settle("match-request decision (If-Match)", race(i -> send("POST", path + (i % 2 == 0 ? "/accept" : "/decline"),
          Tokens.caseworker(STRUER), etag, null)), 200, 1, 412);
      expect("decided requests", count("select count(*) from employers.match_request where vacancy_id = ? and "
          + "status in ('ACCEPTED', 'DECLINED')", UUID.fromString(vacancy)), 1);
    }
  }

  // --- the race and its verdict

  /** What went wrong in any round; checked once at the end, so that every round is counted (and reported). */
  private final List<String> failures = new ArrayList<>();

  @AfterEach
  void noRoundFailed() {
    assertThat(failures).isEmpty();
  }

  /** A consistency check of the data after a round. */
  private void expect(String what, long actual, long expected) {
    if (actual != expected) {
      failures.add(what + ": expected " + expected + ", found " + actual);
    }
  }

  /** Runs {@value #PARALLEL} changes released together by a latch, so they truly overlap. */
  private List<Api.Reply> race(IntFunction<Api.Reply> change) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Api.Reply>> running = new ArrayList<>();
      for (int i = 0; i < PARALLEL; i++) {
        int n = i;
        Callable<Api.Reply> call = () -> {
          start.await();
          return answerOf(() -> change.apply(n));
        };
        running.add(pool.submit(call));
      }
      start.countDown();
      List<Api.Reply> replies = new ArrayList<>();
      for (Future<Api.Reply> f : running) {
        replies.add(f.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The reply, or one standing for what stopped it: {@link Api} fails an answer the OpenAPI document does not allow
   * (a 500 among them) and a request that times out; both are counted, not thrown, so every round is measured.
   */
  private static Api.Reply answerOf(Supplier<Api.Reply> request) {
    try {
      return request.get();
    } catch (AssertionError | UncheckedIOException e) {
      Matcher status = Pattern.compile("answered (\\d{3})").matcher(
          String.valueOf(e.getMessage()));
      return new Api.Reply(status.find() ? Integer.parseInt(status.group(1)) : 0, "", e.toString(), null);
    }
  }

  /**
   * Checks one race and returns its winners: no 5xx, every 4xx a problem, winners answered {@code winStatus} ({@code
   * winners} of them, or at least one when -1), every loser one of {@code loserStatuses}.
   */
  private List<Api.Reply> settle(String kind, List<Api.Reply> replies, int winStatus, int winners,
      int... loserStatuses) {
    List<Api.Reply> won = replies.stream().filter(r -> r.status() == winStatus).toList();
    long serverErrors = replies.stream().filter(r -> r.status() >= 500).count();
    synchronized (FIGURES) {
      int[] f = FIGURES.computeIfAbsent(kind, k -> new int[3]);
      f[0] += replies.size();
      f[1] += won.size();
      f[2] += (int) serverErrors;
    }
    List<Integer> losing = List.of(box(loserStatuses));
    for (Api.Reply r : replies) {
      if (r.status() >= 500 || r.status() == 0) {
        failures.add(kind + (r.status() == 0 ? ", no answer: " : ": ") + r);
      } else if (r.status() >= 400 && (!r.isProblem() || !losing.contains(r.status()))) {
        failures.add(kind + ", not a " + losing + " problem: " + r);
      } else if (r.status() < 400 && r.status() != winStatus) {
        failures.add(kind + ", unexpected success: " + r);
      }
    }
    if (winners >= 0 ? won.size() != winners : won.isEmpty()) {
      failures.add(kind + ": " + won.size() + " winners of " + replies.size());
    }
    return won;
  }

  private static Integer[] box(int[] values) {
    Integer[] boxed = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }

  // --- fixtures

  private Api api() {
    return new Api(base);
  }

  private Api.Reply send(String method, String path, String token, String ifMatch, String json) {
    HttpRequest.Builder b = Api.request(api().uri(path), token).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return api().send(b);
  }

  private String etagOf(String path, String token) {
    return api().get(path, token).header("ETag").orElseThrow();
  }

  private static String adultCpr() {
    LocalDate birth = TODAY.minusYears(30).minusDays(40 + ThreadLocalRandom.current().nextInt(300));
    return TestCpr.bornOn(birth);
  }

  private static String caseJson(String cpr, LocalDate takeover) {
    return """
        {"cpr": "%s", "name": "Yusuf Abdi", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
         "residencePermitDate": "%s", "languages": [{"language": "da", "level": "B1"}]}"""
        .formatted(cpr, takeover, takeover.minusMonths(1));
  }

  private String newCase(String kommune, LocalDate takeover) {
    Api.Reply r = api().post("api/v1/cases", Tokens.caseworker(kommune), caseJson(adultCpr(), takeover));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  private String employer(String kommune) {
    Api.Reply r = api().post("api/v1/employers", Tokens.consultant(kommune), """
        {"cvr": "%s", "name": "Thyborøn Værft A/S", "sector": "PRIVATE", "locationKommune": "%s"}"""
        .formatted(TestCvr.random(), kommune));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  /** A job-ready case in the kommune with work experience in {@code occupation}. */
  private void candidate(String kommune, String occupation) {
    String id = newCase(kommune, TODAY.minusMonths(2));
    String path = "api/v1/cases/" + id + "/competences";
    Api.Reply put = send("PUT", path, Tokens.caseworker(kommune), etagOf("api/v1/cases/" + id,
        Tokens.caseworker(kommune)), """
        {"education": [{"level": "VOCATIONAL", "years": 3}],
         "workExperience": [{"occupationCode": "%s", "description": "Fiskeindustri", "years": 5}]}"""
        .formatted(occupation));
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
  }

  private String vacancy(String kommune, String occupation) {
    Api.Reply v = api().post("api/v1/vacancies", Tokens.consultant(kommune), """
        {"employerId": "%s", "title": "Fiskeindustriarbejder", "occupationCode": "%s", "persons": 1,
         "hoursPerWeek": 37, "startDate": "%s", "locationKommune": "%s", "offerType": "ORDINARY_JOB",
         "languages": [{"language": "da", "level": "B1"}], "openToOtherKommuner": true, "maxCommuteKm": 60}"""
        .formatted(employer(kommune), occupation, TODAY.plusMonths(1), kommune));
    assertThat(v.status()).as(v.toString()).isEqualTo(201);
    return v.json().getString("id");
  }
}
