package dk.jobbro.app.security;

import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.json.Jsonp;
import dk.jobbro.api.shared.security.Roles;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The claims Jobbro relies on, read as the JSON values they are in the verified token's payload. MicroProfile JWT
 * has checked the signature; this class checks the types: {@code groups} an array of strings, {@code kommune} a
 * string of exactly three digits, {@code sender} a string taken exactly as written, and the time claims numbers.
 * Reading the payload itself rather than the runtime's converted claims means nothing is quietly coerced (a string
 * {@code groups} read as a one-element set, a number {@code kommune} read as text).
 */
public final class TokenClaims {

  static final String GROUPS = "groups";
  static final String KOMMUNE = Roles.KOMMUNE_CLAIM;
  static final String SENDER = Roles.SENDER_CLAIM;
  private static final List<String> TIME_CLAIMS = List.of("exp", "iat", "nbf", "auth_time");
  private static final Pattern THREE_DIGITS = Pattern.compile("[0-9]{3}");
  // printable ASCII without space, quote or backslash: a sender is an identifier, not prose
  private static final Pattern SENDER_NAME = Pattern.compile("[!#-\\[\\]-~]{1,100}");

  private final List<String> groups;
  private final Optional<KommuneKode> kommune;
  private final Optional<String> sender;
  private final long notBefore;

  private TokenClaims(List<String> groups, Optional<KommuneKode> kommune, Optional<String> sender, long notBefore) {
    this.groups = groups;
    this.kommune = kommune;
    this.sender = sender;
    this.notBefore = notBefore;
  }

  /**
   * Reads the payload of a compact JWS whose signature is already verified.
   *
   * @param knownKommune whether a well-formed kommunekode names an existing kommune
   * @throws InvalidClaim naming the claim (never its value) when a claim has the wrong type or form
   */
  public static TokenClaims read(String compactToken, Predicate<KommuneKode> knownKommune) {
    JsonObject payload = payload(compactToken);
    for (String time : TIME_CLAIMS) {
      JsonValue v = payload.get(time);
      if (v != null && v.getValueType() != JsonValue.ValueType.NUMBER) {
        throw new InvalidClaim(time, "is not a number");
      }
    }
    long nbf = payload.containsKey("nbf") ? payload.getJsonNumber("nbf").longValue() : 0;
    return new TokenClaims(groups(payload.get(GROUPS)), kommune(payload.get(KOMMUNE), knownKommune),
        sender(payload.get(SENDER)), nbf);
  }

  private static JsonObject payload(String compactToken) {
    String[] parts = compactToken == null ? new String[0] : compactToken.split("\\.", -1);
    if (parts.length != 3) {
      throw new InvalidClaim("token", "is not a signed JWT");
    }
    try (JsonReader reader = Jsonp.PROVIDER.createReader(
        new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (IllegalArgumentException | JsonException e) {
      throw new InvalidClaim("token", "has a payload that is not a JSON object");
    }
  }

  private static List<String> groups(JsonValue claim) {
    if (claim == null) {
      return List.of();
    }
    if (!(claim instanceof JsonArray array)) {
      throw new InvalidClaim(GROUPS, "is not an array");
    }
    if (!array.stream().allMatch(JsonString.class::isInstance)) {
      throw new InvalidClaim(GROUPS, "holds something other than strings");
    }
    return array.getValuesAs(JsonString::getString);
  }

  private static Optional<KommuneKode> kommune(JsonValue claim, Predicate<KommuneKode> known) {
    if (claim == null) {
      return Optional.empty();
    }
    if (!(claim instanceof JsonString text) || !THREE_DIGITS.matcher(text.getString()).matches()) {
      throw new InvalidClaim(KOMMUNE, "is not a string of three digits");
    }
    KommuneKode kode = KommuneKode.parse(text.getString());
    if (!known.test(kode)) {
      throw new InvalidClaim(KOMMUNE, "names no existing kommune");
    }
    return Optional.of(kode);
  }

  private static Optional<String> sender(JsonValue claim) {
    if (claim == null) {
      return Optional.empty();
    }
    if (!(claim instanceof JsonString text) || !SENDER_NAME.matcher(text.getString()).matches()) {
      throw new InvalidClaim(SENDER, "is not a string of 1-100 visible characters without quotes");
    }
    return Optional.of(text.getString());
  }

  /** No groups, kommune or sender: what a caller without a readable token has. */
  static TokenClaims none() {
    return new TokenClaims(List.of(), Optional.empty(), Optional.empty(), 0);
  }

  public List<String> groups() {
    return groups;
  }

  public Optional<KommuneKode> kommune() {
    return kommune;
  }

  public Optional<String> sender() {
    return sender;
  }

  /** The {@code nbf} claim in epoch seconds, 0 when the token has none. */
  public long notBefore() {
    return notBefore;
  }

  /** A claim of the wrong type or form; the message names the claim and the defect, never the value. */
  public static final class InvalidClaim extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidClaim(String claim, String defect) {
      super("claim '" + claim + "' " + defect, null, false, false);
    }
  }
}
