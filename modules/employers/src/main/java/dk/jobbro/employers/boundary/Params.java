package dk.jobbro.employers.boundary;

import dk.jobbro.api.shared.concurrency.Versions;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** If-Match and ETag for the employers resources; query parameters go through {@code Parameters} in api. */
final class Params {

  private Params() {}

  /** The version named by If-Match: 428 without it. */
  static long ifMatch(String header) {
    return Versions.fromIfMatch(header);
  }

  static Response.ResponseBuilder ok(Object entity, long version) {
    return Response.ok(entity).tag(new EntityTag(Versions.etag(version)));
  }
}
