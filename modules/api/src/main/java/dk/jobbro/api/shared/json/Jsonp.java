package dk.jobbro.api.shared.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider every module uses. {@code Json.createReader} and the other static shortcuts look the
 * provider up again on each call, through a ServiceLoader scan of the class path's jars: a profile of the case read
 * under load found that scan in one sample of ten (the token's claims are read that way on every request). Looked up
 * once here, it costs nothing per call.
 */
public final class Jsonp {

  /** The provider, found once. */
  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsonp() {}
}
