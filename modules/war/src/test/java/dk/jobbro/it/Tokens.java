package dk.jobbro.it;

import dk.jobbro.devenv.DemoTokens;
import java.time.Duration;

/** Valid demo tokens for the tests, one line each. */
public final class Tokens {

  public static final DemoTokens DEMO = new DemoTokens();
  private static final Duration VALIDITY = Duration.ofMinutes(30);

  private Tokens() {}

  public static String caseworker(String kommune) {
    return DEMO.kommuneUser("caseworker", kommune, VALIDITY);
  }

  public static String consultant(String kommune) {
    return DEMO.kommuneUser("employer-consultant", kommune, VALIDITY);
  }

  public static String teamLead(String kommune) {
    return DEMO.kommuneUser("team-lead", kommune, VALIDITY);
  }

  public static String privacyOfficer(String kommune) {
    return DEMO.kommuneUser("privacy-officer", kommune, VALIDITY);
  }

  public static String auditor() {
    return DEMO.plain("auditor", VALIDITY);
  }

  public static String integration(String kommune) {
    return DEMO.kommuneUser("kommune-integration", kommune, VALIDITY);
  }

  public static String sender(String sender) {
    return DEMO.sender(sender, VALIDITY);
  }

  public static String ministryAnalyst() {
    return DEMO.plain("ministry-analyst", VALIDITY);
  }

  public static String admin() {
    return DEMO.plain("admin", VALIDITY);
  }
}
