package dk.jobbro.api.shared.problem;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx response ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem
 * @param title a short human summary of the kind
 * @param status the HTTP status code
 * @param detail what went wrong this time; never personal data such as a CPR number
 * @param instance the request path
 * @param violations the invalid fields of a request, if any
 * @param incidentId for 500s: the id under which the server logged the cause
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
    @NotNull String type,
    @NotNull String title,
    int status,
    String detail,
    String instance,
    List<Violation> violations,
    String incidentId) {

  /** The media type of problem details. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Base of the {@code type} URIs. */
  public static final String TYPE_BASE = "https://jobbro.dk/problems/";

  /**
   * One invalid field of a request; never its value.
   *
   * @param field the field's JSON name, dotted for nested fields (a header or query parameter by its own name)
   * @param message why it is invalid
   */
  @Schema(name = "Violation", description = "An invalid request field; the value is never echoed")
  public record Violation(@NotNull String field, @NotNull String message) {}
}
