package dk.jobbro.api.shared.reference;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a kommune's name written by someone else is compared with the official one. Published tables and other systems
 * spell names their own way: old and new Danish spelling ("Høje-Tåstrup" for Høje-Taastrup, "Århus" for Aarhus),
 * "Kommune" added or not, other case, spaces for hyphens. Such differences are folded away here; spellings that differ
 * in more than that ("Vesthimmerland" for Vesthimmerlands) are listed in {@code reference.kommune_alias}.
 */
public final class KommuneNames {

  private KommuneNames() {}

  /**
   * The comparison key of a name: lower case, "aa" read as "å", hyphens and runs of spaces as one space, a trailing
   * "kommune" dropped. Two names with the same key mean the same kommune.
   */
  public static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replace('\u00a0', ' ')
        .replace("aa", "å")
        .replaceAll("[\\s\\-‐–]+", " ")
        .strip();
    if (folded.endsWith(" kommune")) {
      folded = folded.substring(0, folded.length() - " kommune".length()).strip();
    }
    return folded;
  }
}
