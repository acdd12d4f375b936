package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.concurrency.Versions;
import jakarta.ws.rs.core.EntityTag;

/** Query and header parameters that Jakarta REST cannot convert with a 400 of its own. */
final class Params {

  private Params() {}

  /** The version named by If-Match: 428 without it. */
  static long ifMatch(String header) {
    return Versions.fromIfMatch(header);
  }

  static EntityTag etag(long version) {
    return new EntityTag(Versions.etag(version));
  }
}
