package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query and header parameters that Jakarta REST cannot convert with a 400 of its own. */
final class Params {

  private Params() {}

  /** An ISO date (yyyy-MM-dd) from a query parameter, naming the parameter when it is missing or malformed. */
  static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalidField(name, "is required (yyyy-MM-dd)");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(name, "must be a date, yyyy-MM-dd");
    }
  }

  /** The version named by If-Match: 428 without it. */
  static long ifMatch(String header) {
    return Versions.fromIfMatch(header);
  }

  static EntityTag etag(long version) {
    return new EntityTag(Versions.etag(version));
  }
}
