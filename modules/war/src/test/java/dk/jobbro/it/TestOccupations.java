package dk.jobbro.it;

import dk.jobbro.api.shared.reference.Isco08;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Real ISCO-08 unit groups for tests, each handed out once per test run: matching tests find their own people among
 * everyone else's in the shared database by an occupation no other test uses. Codes are drawn in random order from
 * the shipped list, so repeated runs do not lean on the same few.
 */
public final class TestOccupations {

  /**
   * Carpenter (ISCO-08 7115), the profile tests that need no uniqueness use: it is never handed out, so a matching
   * test cannot get it and then find their people among its own.
   */
  public static final String CARPENTER = "7115";

  /**
   * The codes handed out in this build's test run. PrivacyIT draws one in the probe classes' JVM, which starts after
   * the black-box classes' JVM has drawn its own: devenv/issued-occupations.txt tells it which, as for CPR numbers.
   */
  private static final IssuedValues ISSUED = new IssuedValues("issued-occupations.txt");

  private static final List<String> UNUSED = new ArrayList<>(Isco08.unitGroups());

  static {
    UNUSED.remove(CARPENTER);
    UNUSED.removeIf(ISSUED::isIssued);
    Collections.shuffle(UNUSED);
  }

  private TestOccupations() {}

  /**
   * Whether a matching candidate's profile (its {@code occupationCodes}) names this occupation first. Other classes'
   * candidates show up too, some of them registered a moment ago and without work experience yet: no codes at all.
   */
  public static boolean isFirstOf(JsonObject profile, String occupation) {
    JsonArray codes = profile.getJsonArray("occupationCodes");
    return !codes.isEmpty() && codes.getString(0).equals(occupation);
  }

  /**
   * Two unit groups of the major group that share their first three digits (one minor group) and that no other test
   * of this run has been given. Not every minor group has two: the codes are real, not made up.
   */
  public static synchronized List<String> unusedPairInOneMinorGroup(char majorGroup) {
    for (int i = 0; i < UNUSED.size(); i++) {
      String first = UNUSED.get(i);
      if (first.charAt(0) != majorGroup) {
        continue;
      }
      for (int j = 0; j < UNUSED.size(); j++) {
        String second = UNUSED.get(j);
        if (j != i && second.startsWith(first.substring(0, 3))) {
          return List.of(take(first), take(second));
        }
      }
    }
    throw new IllegalStateException("no minor group of major group " + majorGroup + " has two unit groups left");
  }

  /** A unit group of the major group (its first digit) that no other test of this run has been given. */
  public static synchronized String unused(char majorGroup) {
    for (int i = 0; i < UNUSED.size(); i++) {
      if (UNUSED.get(i).charAt(0) == majorGroup) {
        return take(UNUSED.get(i));
      }
    }
    throw new IllegalStateException("every unit group of major group " + majorGroup + " is taken in this run");
  }

  /** Hands out {@code code}: no longer unused here, and noted for the later test JVMs of the build. */
  private static String take(String code) {
    UNUSED.remove(code);
    ISSUED.issue(code);
    return code;
  }
}
