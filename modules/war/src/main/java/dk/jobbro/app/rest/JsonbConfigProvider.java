package dk.jobbro.app.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON binding for the API. Unknown fields are refused rather than silently dropped, so a client that misspells a
 * field learns it instead of losing the data.
 */
@Provider
public class JsonbConfigProvider implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
      .setProperty("jsonb.fail-on-unknown-properties", true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The same binding for code that writes JSON itself, so that its text equals what the API sends. */
  public static Jsonb jsonb() {
    return JSONB;
  }
}
