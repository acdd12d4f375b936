package dk.jobbro.it;

import dk.jobbro.devenv.DemoTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Valid demo tokens for the tests, one line each. A token is signed once per role and kommune (or sender) and used
 * again for ten minutes, as a client keeps its token for a session: an RSA signature costs the test JVM more than
 * sending the request it goes with, and the races and cohorts ask for thousands. It is always valid for at least 20
 * more minutes when handed out.
 */
public final class Tokens {

  public static final DemoTokens DEMO = new DemoTokens();
  private static final Duration VALIDITY = Duration.ofMinutes(30);
  private static final Duration REUSE = Duration.ofMinutes(10);
  private static final Map<String, Signed> SIGNED = new ConcurrentHashMap<>();

  private Tokens() {}

  public static String caseworker(String kommune) {
    return kommuneUser("caseworker", kommune);
  }

  public static String consultant(String kommune) {
    return kommuneUser("employer-consultant", kommune);
  }

  public static String teamLead(String kommune) {
    return kommuneUser("team-lead", kommune);
  }

  public static String privacyOfficer(String kommune) {
    return kommuneUser("privacy-officer", kommune);
  }

  public static String auditor() {
    return plain("auditor");
  }

  public static String integration(String kommune) {
    return kommuneUser("kommune-integration", kommune);
  }

  public static String sender(String sender) {
    return reused("sender " + sender, () -> DEMO.sender(sender, VALIDITY));
  }

  public static String ministryAnalyst() {
    return plain("ministry-analyst");
  }

  public static String admin() {
    return plain("admin");
  }

  private static String kommuneUser(String role, String kommune) {
    return reused(role + " " + kommune, () -> DEMO.kommuneUser(role, kommune, VALIDITY));
  }

  private static String plain(String role) {
    return reused(role, () -> DEMO.plain(role, VALIDITY));
  }

  private static String reused(String who, Supplier<String> sign) {
    Instant now = Instant.now();
    return SIGNED.compute(who, (k, kept) -> kept != null && now.isBefore(kept.reuseUntil()) ? kept
        : new Signed(sign.get(), now.plus(REUSE))).token();
  }

  private record Signed(String token, Instant reuseUntil) {}
}
