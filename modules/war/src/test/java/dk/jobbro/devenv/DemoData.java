package dk.jobbro.devenv;

import dk.jobbro.it.TestCvr;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo data for the quick start, loaded through the public API with demo tokens, exactly as the kommuner's systems
 * and the asylum operators would: cases with offers, benefits and outcomes, employers with IGU placements, a ministry
 * target, and handovers waiting in the inboxes. Deterministic (fixed seed), and loaded only into an empty database,
 * so a restart does not duplicate it.
 */
final class DemoData {

  private static final List<String> KOMMUNER = List.of("101", "350", "410");
  private static final List<String> FIRST_NAMES = List.of("Amina", "Yusuf", "Layla", "Omar", "Hiba", "Ahmad",
      "Rahel", "Dawit", "Nour", "Samir", "Fatima", "Kidane", "Mariam", "Hassan", "Selam");
  private static final List<String> LAST_NAMES = List.of("Haddad", "Tesfaye", "Al-Hassan", "Mohammadi", "Yohannes",
      "Khalil", "Abdi", "Rahimi", "Berhane", "Nasser");
  private static final List<String> COUNTRIES = List.of("Syrien", "Eritrea", "Afghanistan", "Iran", "Somalia");
  private static final List<String> BASES = List.of("REFUGEE", "REFUGEE", "REFUGEE", "QUOTA_REFUGEE",
      "FAMILY_REUNIFIED_TO_REFUGEE", "OTHER_FAMILY_REUNIFIED");
  private static final List<String> COMPANY_OFFERS = List.of("VIRKSOMHEDSPRAKTIK", "LOENTILSKUD");
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final int CASES_PER_KOMMUNE = 16;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final DemoTokens tokens = new DemoTokens();
  private final Random random = new Random(2017);

  DemoData(String base) {
    this.base = base;
  }

  /** Loads everything unless the first demo kommune already has cases; returns how many cases were created. */
  int loadIfEmpty(LocalDate today) throws IOException, InterruptedException {
    String probe = caseworker(KOMMUNER.get(0));
    HttpResponse<String> existing = send(request("/api/v1/cases?size=1", probe).GET());
    if (existing.statusCode() != 200 || !existing.body().contains("\"total\":0")) {
      return 0;
    }
    int created = 0;
    String ministryArea = "BESKAEFTIGELSESMINISTERIET";
    for (String kommune : KOMMUNER) {
      String consultant = tokens.kommuneUser("employer-consultant", kommune, Duration.ofMinutes(10));
      String privateCvr = cvr(); // offers name registered companies: the kommune's private one
      String privateEmployer = employer(consultant, kommune, "PRIVATE", "", privateCvr);
      String ownEmployer = employer(consultant, kommune, "MUNICIPAL", ", \"employingKommune\": \"" + kommune + "\"",
          cvr());
      String stateEmployer = employer(consultant, kommune, "STATE", ", \"ministryArea\": \"" + ministryArea + "\"",
          cvr());
      List<String> employers = List.of(privateEmployer, privateEmployer, ownEmployer, stateEmployer);
      for (int i = 0; i < CASES_PER_KOMMUNE; i++) {
        LocalDate takeover = today.minusDays(random.nextInt(420));
        String caseId = newCase(kommune, takeover);
        if (caseId == null) {
          continue;
        }
        created++;
        benefit(kommune, caseId, takeover);
        switch (i % 4) {
          case 0 -> iguPlacement(consultant, caseId, pick(employers), takeover.plusDays(20 + random.nextInt(40)),
              today);
          case 1 -> companyOffer(kommune, caseId, takeover, today, privateCvr);
          case 2 -> {
            companyOffer(kommune, caseId, takeover, today, privateCvr);
            if (takeover.isBefore(today.minusMonths(6))) {
              selfSupporting(kommune, caseId, takeover.plusMonths(5));
            }
          }
          default -> { } // no offer yet: the worklist shows it
        }
      }
    }
    send(request("/api/v1/igu-targets/" + ministryArea + "/" + today.getYear(), tokens.plain("ministry-analyst",
        Duration.ofMinutes(5))).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"targetPupils\": 20}")));
    handovers(today);
    return created;
  }

  private String newCase(String kommune, LocalDate takeover) throws IOException, InterruptedException {
    String body = """
        {"cpr": "%s", "name": "%s %s", "residenceBasis": "%s", "takeoverDate": "%s", "residencePermitDate": "%s",
         "countryOfOrigin": "%s"}""".formatted(cpr(), pick(FIRST_NAMES), pick(LAST_NAMES), pick(BASES), takeover,
        takeover.minusMonths(2), pick(COUNTRIES));
    HttpResponse<String> r = post("/api/v1/cases", caseworker(kommune), body);
    return r.statusCode() == 201 ? id(r.body()) : null;
  }

  private void benefit(String kommune, String caseId, LocalDate takeover) throws IOException, InterruptedException {
    post("/api/v1/cases/" + caseId + "/benefits", caseworker(kommune),
        "{\"kind\": \"INTEGRATION_BENEFIT\", \"startDate\": \"" + takeover + "\"}");
  }

  /** About half the cases got their first company-oriented offer, some late, so the worklist has all states. */
  private void companyOffer(String kommune, String caseId, LocalDate takeover, LocalDate today, String cvr)
      throws IOException, InterruptedException {
    LocalDate start = takeover.plusDays(3 + random.nextInt(40));
    post("/api/v1/cases/" + caseId + "/offers", caseworker(kommune), """
        {"type": "%s", "startDate": "%s", "hoursPerWeek": %d, "employerCvr": "%s"}"""
        .formatted(pick(COMPANY_OFFERS), start.isAfter(today) ? today : start, 15 + random.nextInt(22), cvr));
  }

  private void iguPlacement(String consultant, String caseId, String employer, LocalDate start, LocalDate today)
      throws IOException, InterruptedException {
    LocalDate begin = start.isAfter(today) ? today : start;
    post("/api/v1/igu-placements", consultant, """
        {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": %d, "payBasis": "EGU",
         "signedDate": "%s"}""".formatted(caseId, employer, begin, 25 + random.nextInt(12), begin.minusDays(7)));
  }

  private void selfSupporting(String kommune, String caseId, LocalDate date) throws IOException, InterruptedException {
    HttpResponse<String> current = send(request("/api/v1/cases/" + caseId, caseworker(kommune)).GET());
    String etag = current.headers().firstValue("ETag").orElse("\"0\"");
    send(request("/api/v1/cases/" + caseId + "/self-supporting", caseworker(kommune)).header("If-Match", etag)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"kind\": \"" + (random.nextBoolean() ? "ORDINARY_JOB" : "EDUCATION") + "\", \"date\": \"" + date
                + "\"}")));
  }

  private String employer(String consultant, String kommune, String sector, String extra, String cvr)
      throws IOException, InterruptedException {
    HttpResponse<String> r = post("/api/v1/employers", consultant, """
        {"cvr": "%s", "name": "%s", "sector": "%s", "locationKommune": "%s", "industry": "%s"%s}"""
        .formatted(cvr, sector.equals("PRIVATE") ? "Demo Byg & Transport ApS " + kommune
            : sector.equals("STATE") ? "Demo Styrelse " + kommune : "Demo Kommune " + kommune, sector, kommune,
            sector.equals("PRIVATE") ? "Byggeri og transport" : "Offentlig administration", extra));
    return id(r.body());
  }

  /** Handovers from the Red Cross waiting in the demo kommuner's inboxes, of varying completeness. */
  private void handovers(LocalDate today) throws IOException, InterruptedException {
    String sender = tokens.sender("dansk-roede-kors", Duration.ofMinutes(5));
    for (int i = 0; i < 6; i++) {
      String languages = i % 2 == 0 ? ", \"languages\": [{\"language\": \"ar\", \"level\": \"FLUENT\"}]" : "";
      String work = i % 3 == 0
          ? ", \"workExperience\": [{\"occupationCode\": \"7115\", \"description\": \"Tømrer\", \"years\": 5}]" : "";
      post("/api/v1/handovers", sender, """
          {"person": {"cpr": "%s", "name": "%s %s", "countryOfOrigin": "%s"}, "residenceBasis": "REFUGEE",
           "residencePermitDate": "%s", "visitationDecisionDate": "%s", "receivingKommune": "%s"%s%s}"""
          .formatted(cpr(), pick(FIRST_NAMES), pick(LAST_NAMES), pick(COUNTRIES), today.minusWeeks(3),
              today.minusWeeks(2), KOMMUNER.get(i % KOMMUNER.size()), languages, work));
    }
  }

  private String caseworker(String kommune) {
    return tokens.kommuneUser("caseworker", kommune, Duration.ofMinutes(10));
  }

  private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
    return send(request(path, token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String token) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(30));
  }

  private static String id(String json) {
    Matcher m = ID.matcher(json);
    return m.find() ? m.group(1) : null;
  }

  /** Adults born 1976–2004; many refugees are registered with 1 January as birth date, so every fourth is. */
  private String cpr() {
    LocalDate birth = random.nextInt(4) == 0
        ? LocalDate.of(1976 + random.nextInt(28), 1, 1)
        : LocalDate.of(1976, 1, 1).plusDays(random.nextInt(28 * 365));
    int century = birth.getYear() >= 2000 ? 4 : random.nextInt(4);
    return String.format("%02d%02d%02d-%d%03d", birth.getDayOfMonth(), birth.getMonthValue(),
        birth.getYear() % 100, century, random.nextInt(1000));
  }

  /** A made-up CVR number that passes the API's modulus-11 check. */
  private String cvr() {
    return TestCvr.draw(random);
  }


  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
