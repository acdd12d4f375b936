package dk.jobbro.employers.boundary;

import dk.jobbro.api.shared.concurrency.Versions;
import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query and header parameters that Jakarta REST cannot convert with a 400 of its own. */
final class Params {

  private Params() {}

  /** An ISO date (yyyy-MM-dd), naming the parameter when it is missing or malformed. */
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

  /** An enum constant by name, naming the parameter when it is not one; null stays null. */
  static <E extends Enum<E>> E oneOf(String name, Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  /** A whole number, naming the parameter when it is missing or malformed. */
  static int integer(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalidField(name, "is required");
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField(name, "must be a whole number");
    }
  }

  /** The version named by If-Match: 428 without it. */
  static long ifMatch(String header) {
    return Versions.fromIfMatch(header);
  }

  static Response.ResponseBuilder ok(Object entity, long version) {
    return Response.ok(entity).tag(new EntityTag(Versions.etag(version)));
  }
}
