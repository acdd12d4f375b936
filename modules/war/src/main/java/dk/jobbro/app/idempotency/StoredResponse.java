package dk.jobbro.app.idempotency;

import dk.jobbro.api.shared.idempotency.IdempotencyKey;
import dk.jobbro.api.shared.json.Jsonp;
import dk.jobbro.app.rest.JsonbConfigProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.UUID;

/**
 * The first answer to a request with an Idempotency-Key, as sent: what a retry gets again.
 *
 * @param requestHash the first request's fingerprint
 * @param status its status
 * @param location its Location header, if any
 * @param etag its ETag header (with the quotes), if any
 * @param contentType its media type
 * @param body its body as sent, if any
 */
record StoredResponse(String requestHash, int status, String location, String etag, String contentType,
    String body) {

  /** Keeps a successful answer; its entity is written as JSON here, with the API's own binding. */
  static StoredResponse of(Response first, String requestHash) {
    Object entity = first.getEntity();
    String body = entity == null || entity instanceof String ? (String) entity
        : JsonbConfigProvider.jsonb().toJson(entity);
    MediaType type = first.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : first.getMediaType();
    return new StoredResponse(requestHash, first.getStatus(),
        first.getLocation() == null ? null : first.getLocation().toString(),
        first.getHeaderString(HttpHeaders.ETAG), type.toString(), body);
  }

  /** The first answer itself, carrying the very text that was stored, so that every retry gets the same bytes. */
  Response sentAs(Response first) {
    return Response.fromResponse(first).type(contentType).entity(body).build();
  }

  /** The stored answer for a retry, marked as such. */
  Response replayed() {
    Response.ResponseBuilder answer = Response.status(status).type(contentType).entity(body)
        .header(IdempotencyKey.REPLAYED, "true");
    if (location != null) {
      answer.header(HttpHeaders.LOCATION, location);
    }
    if (etag != null) {
      answer.header(HttpHeaders.ETAG, etag);
    }
    return answer.build();
  }

  /** The id of what the request created, when the answer names one (for the access log). */
  UUID resourceId() {
    if (body == null) {
      return null;
    }
    try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object && object.get("id") instanceof jakarta.json.JsonString id) {
        return UUID.fromString(id.getString());
      }
    } catch (JsonParsingException | IllegalArgumentException notAnId) {
      // an answer without an id is logged without one
    }
    return null;
  }
}
