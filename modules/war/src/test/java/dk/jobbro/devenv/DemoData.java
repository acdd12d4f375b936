package dk.jobbro.devenv;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Demo data for the quick start, loaded through the public API with demo tokens, exactly as a kommune's system
 * would. Deterministic (fixed seed), and loaded only into an empty database, so a restart does not duplicate it.
 */
final class DemoData {

  private static final List<String> KOMMUNER = List.of("101", "350", "410");
  private static final List<String> FIRST_NAMES = List.of("Amina", "Yusuf", "Layla", "Omar", "Hiba", "Ahmad",
      "Rahel", "Dawit", "Nour", "Samir", "Fatima", "Kidane", "Mariam", "Hassan", "Selam");
  private static final List<String> LAST_NAMES = List.of("Haddad", "Tesfaye", "Al-Hassan", "Mohammadi", "Yohannes",
      "Khalil", "Abdi", "Rahimi", "Berhane", "Nasser");
  private static final List<String> BASES = List.of("REFUGEE", "REFUGEE", "REFUGEE", "QUOTA_REFUGEE",
      "FAMILY_REUNIFIED_TO_REFUGEE", "OTHER_FAMILY_REUNIFIED");
  private static final int CASES_PER_KOMMUNE = 12;
  /** Made-up CVR numbers that pass the modulus-11 check. */
  private static final List<String> EMPLOYERS = List.of("62601817", "69083013", "76131864", "19139093");
  private static final List<String> COMPANY_OFFERS = List.of("VIRKSOMHEDSPRAKTIK", "LOENTILSKUD");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final DemoTokens tokens = new DemoTokens();

  DemoData(String base) {
    this.base = base;
  }

  /** Loads the demo cases unless the first demo kommune already has cases; returns how many were created. */
  int loadIfEmpty(LocalDate today) throws IOException, InterruptedException {
    String probe = tokens.kommuneUser("caseworker", KOMMUNER.get(0), Duration.ofMinutes(5));
    HttpResponse<String> existing = http.send(request("/api/v1/cases?size=1", probe).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (existing.statusCode() != 200 || !existing.body().contains("\"total\":0")) {
      return 0;
    }
    Random random = new Random(2017);
    int created = 0;
    for (String kommune : KOMMUNER) {
      String token = tokens.kommuneUser("caseworker", kommune, Duration.ofMinutes(5));
      for (int i = 0; i < CASES_PER_KOMMUNE; i++) {
        String body = """
            {"cpr": "%s", "name": "%s %s", "residenceBasis": "%s", "takeoverDate": "%s"}"""
            .formatted(cpr(random), pick(random, FIRST_NAMES), pick(random, LAST_NAMES), pick(random, BASES),
                today.minusDays(random.nextInt(60)));
        HttpResponse<String> r = http.send(request("/api/v1/cases", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 201) {
          created++;
          maybeGiveOffer(random, token, r.body(), today);
        }
      }
    }
    return created;
  }

  /** About half the demo cases got their first company-oriented offer, some late, so the worklist has all states. */
  private void maybeGiveOffer(Random random, String token, String createdCase, LocalDate today)
      throws IOException, InterruptedException {
    if (random.nextBoolean()) {
      return;
    }
    String id = createdCase.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    String takeover = createdCase.replaceAll(".*\"takeoverDate\":\"([0-9-]{10})\".*", "$1");
    LocalDate start = LocalDate.parse(takeover).plusDays(3 + random.nextInt(40));
    if (start.isAfter(today)) {
      start = today;
    }
    String offer = """
        {"type": "%s", "startDate": "%s", "hoursPerWeek": %d, "employerCvr": "%s"}"""
        .formatted(pick(random, COMPANY_OFFERS), start, 15 + random.nextInt(22), pick(random, EMPLOYERS));
    http.send(request("/api/v1/cases/" + id + "/offers", token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(offer)).build(), HttpResponse.BodyHandlers.discarding());
  }

  private HttpRequest.Builder request(String path, String token) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(30));
  }

  /** Adults born 1975–2005; many refugees are registered with 1 January as birth date, so every fourth is. */
  private static String cpr(Random random) {
    LocalDate birth = random.nextInt(4) == 0
        ? LocalDate.of(1975 + random.nextInt(30), 1, 1)
        : LocalDate.of(1975, 1, 1).plusDays(random.nextInt(30 * 365));
    int century = birth.getYear() >= 2000 ? 4 : random.nextInt(4);
    return String.format("%02d%02d%02d-%d%03d", birth.getDayOfMonth(), birth.getMonthValue(),
        birth.getYear() % 100, century, random.nextInt(1000));
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
