package dk.jobbro.api.shared;

import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A language as its ISO 639-1 code, the one form Jobbro stores, so that a case's "Danish" and a vacancy's "da" match.
 * Callers write languages in many ways; {@link #parse} accepts the code, the ISO 639-2/639-3 codes, and the English,
 * Danish and native names of the languages people in the integration programme commonly speak.
 *
 * <p>Where ISO 639-1 has one code for several varieties, the varieties take it: Dari is Persian ({@code fa}), Kurmanji
 * and Sorani are Kurdish ({@code ku}). A language outside the table is refused rather than stored as written, because
 * a spelling nobody else uses never matches anything; extend the table (and {@code reference.language_alias}, which
 * holds the same names for the migrations) instead.
 */
public final class LanguageCode {

  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    add("da", "dan", "danish", "dansk");
    add("en", "eng", "english", "engelsk");
    add("ar", "ara", "arabic", "arabisk", "العربية");
    add("ti", "tir", "tigrinya", "tigrinja", "tigrinia", "ትግርኛ");
    add("so", "som", "somali", "somalisk", "soomaali", "af-soomaali");
    add("fa", "fas", "per", "pes", "prs", "persian", "persisk", "farsi", "dari", "فارسی", "دری");
    add("ps", "pus", "pbt", "pashto", "pashtu", "pushto", "pashtun", "pashtunsk", "پښتو");
    add("ku", "kur", "kmr", "ckb", "kurdish", "kurdisk", "kurmanji", "kurmanci", "sorani", "kurdî", "کوردی");
    add("uk", "ukr", "ukrainian", "ukrainsk", "українська");
    add("ru", "rus", "russian", "russisk", "русский");
    add("tr", "tur", "turkish", "tyrkisk", "türkçe");
    add("am", "amh", "amharic", "amharisk", "አማርኛ");
    add("om", "orm", "gaz", "oromo", "oromiffa", "afaan oromoo");
    add("ta", "tam", "tamil", "tamilsk", "தமிழ்");
    add("ur", "urd", "urdu", "اردو");
    add("fr", "fre", "fra", "french", "fransk", "français");
    add("de", "ger", "deu", "german", "tysk", "deutsch");
    add("es", "spa", "spanish", "spansk", "español");
    add("sv", "swe", "swedish", "svensk", "svenska");
    add("no", "nor", "nb", "nob", "nn", "nno", "norwegian", "norsk");
    add("pl", "pol", "polish", "polsk", "polski");
    add("ro", "ron", "rum", "romanian", "rumænsk", "română");
    add("bs", "bos", "bosnian", "bosnisk", "bosanski");
    add("sr", "srp", "serbian", "serbisk", "srpski");
    add("hr", "hrv", "croatian", "kroatisk", "hrvatski");
    add("sq", "sqi", "alb", "albanian", "albansk", "shqip");
    add("vi", "vie", "vietnamese", "vietnamesisk", "tiếng việt");
    add("zh", "zho", "chi", "chinese", "kinesisk", "中文");
    add("hi", "hin", "hindi");
    add("bn", "ben", "bengali", "bengalsk", "bangla");
    add("pa", "pan", "punjabi", "panjabi");
    add("pt", "por", "portuguese", "portugisisk", "português");
    add("it", "ita", "italian", "italiensk", "italiano");
    add("el", "ell", "gre", "greek", "græsk");
    add("my", "mya", "bur", "burmese", "burmesisk");
    add("sw", "swa", "swahili");
    add("ka", "kat", "geo", "georgian", "georgisk");
    add("hy", "hye", "arm", "armenian", "armensk");
    add("az", "aze", "azerbaijani", "aserbajdsjansk");
    add("uz", "uzb", "uzbek", "usbekisk");
    add("be", "bel", "belarusian", "hviderussisk");
    add("th", "tha", "thai", "thailandsk");
    add("tl", "tgl", "fil", "tagalog", "filipino");
    add("ne", "nep", "nepali", "nepalesisk");
    add("he", "heb", "hebrew", "hebraisk");
    add("rw", "kin", "kinyarwanda");
  }

  private final String code;

  private LanguageCode(String code) {
    this.code = code;
  }

  /**
   * The language named by a code or name, ignoring case, surrounding blanks and a region suffix ({@code en-GB}).
   *
   * @throws IllegalArgumentException if the text is missing or names no language in the table
   */
  public static LanguageCode parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String key = key(text);
    String code = ALIASES.get(key);
    if (code == null && key.matches("[a-z]{2,3}[-_][a-z0-9]{2,8}")) {
      code = ALIASES.get(key.substring(0, key.indexOf(key.contains("-") ? '-' : '_')));
    }
    if (code == null) {
      throw new IllegalArgumentException("unknown language; use an ISO 639-1 code such as da, en, ar, ti, so or fa");
    }
    return new LanguageCode(code);
  }

  /**
   * The codes of a request's languages, in order, for storing: every unknown language and every language named twice
   * (also in two spellings, "da" and "Danish") is a violation of {@code field[i].language}.
   *
   * @throws ProblemException 400 listing all of them
   */
  public static List<LanguageCode> allOf(List<String> languages, String field) {
    List<LanguageCode> codes = new ArrayList<>();
    List<Problem.Violation> violations = new ArrayList<>();
    Set<LanguageCode> seen = new HashSet<>();
    for (int i = 0; i < languages.size(); i++) {
      String name = field + "[" + i + "].language";
      try {
        LanguageCode code = parse(languages.get(i));
        if (!seen.add(code)) {
          violations.add(new Problem.Violation(name, "names " + code + " a second time"));
        }
        codes.add(code);
      } catch (IllegalArgumentException e) {
        violations.add(new Problem.Violation(name, e.getMessage()));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    return codes;
  }

  /** The ISO 639-1 codes Jobbro knows, sorted. */
  public static Set<String> codes() {
    return Collections.unmodifiableSet(new TreeSet<>(ALIASES.values()));
  }

  /** Every accepted spelling, lower case, with its code: what {@code reference.language_alias} must hold too. */
  public static Map<String, String> aliases() {
    return Collections.unmodifiableMap(ALIASES);
  }

  /** The ISO 639-1 code, lower case. */
  public String value() {
    return code;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LanguageCode l && code.equals(l.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }

  private static String key(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static void add(String code, String... aliases) {
    put(code, code);
    for (String alias : aliases) {
      put(alias, code);
    }
  }

  private static void put(String alias, String code) {
    String previous = ALIASES.put(key(alias), code);
    if (previous != null && !previous.equals(code)) {
      throw new IllegalStateException(alias + " names both " + previous + " and " + code);
    }
  }
}
