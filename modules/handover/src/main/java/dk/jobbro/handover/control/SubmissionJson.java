package dk.jobbro.handover.control;

import dk.jobbro.api.handover.HandoverSubmission;
import dk.jobbro.api.shared.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of a handover's content: JSON text with the properties in a fixed (lexicographic) order, so the
 * same content always gives the same text and the same idempotency hash, whatever order or spacing the client used.
 */
public final class SubmissionJson {

  private SubmissionJson() {}

  /** The JSON-B instances, created on first use (a holder, so JSON-P-only callers never need a JSON-B provider). */
  private static final class Binding {
    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
        .withPropertyOrderStrategy(jakarta.json.bind.config.PropertyOrderStrategy.LEXICOGRAPHICAL));

    /** The strict reader for batch records: an unknown field is an error, as for single requests. */
    static final Jsonb STRICT = JsonbBuilder.create(new JsonbConfig()
        .setProperty("jsonb.fail-on-unknown-properties", true));
  }

  public static String write(HandoverSubmission submission) {
    return Binding.JSONB.toJson(submission);
  }

  public static HandoverSubmission read(String json) {
    return Binding.JSONB.fromJson(json, HandoverSubmission.class);
  }

  /** Reads one record of a batch; fails on unknown fields and wrong types. */
  public static HandoverSubmission readStrict(String json) {
    return Binding.STRICT.fromJson(json, HandoverSubmission.class);
  }

  public static JsonObject tree(String json) {
    try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** SHA-256 of the canonical text, hex: what an idempotency key is bound to. */
  public static String hash(String canonical) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
