package dk.jobbro.app.rest;

import dk.jobbro.api.shared.problem.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that is not valid JSON, or whose values have the wrong type, becomes a 400 naming the field. The
 * JSON binder's own message is used only to find the field's name: it can quote the rejected value, which may be a
 * CPR number.
 */
@Provider
public class RequestBodyExceptionMapper implements ExceptionMapper<ProcessingException> {

  private static final Pattern QUOTED_PROPERTY = Pattern.compile("(?:property|parameter) '?([A-Za-z_][A-Za-z0-9_]*)'?");
  private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property ([A-Za-z_][A-Za-z0-9_]*) can not be mapped");

  @Context
  UriInfo uri;

  @Override
  public Response toResponse(ProcessingException e) {
    return ProblemResponses.of(ProblemResponses.invalid(uri, List.of(violationOf(e))));
  }

  static Problem.Violation violationOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonParsingException parsing) {
        String where = parsing.getLocation() == null ? ""
            : " (line " + parsing.getLocation().getLineNumber() + ", column "
                + parsing.getLocation().getColumnNumber() + ")";
        return new Problem.Violation("body", "is not valid JSON" + where);
      }
    }
    Optional<String> unknown = find(e, UNKNOWN_PROPERTY);
    if (unknown.isPresent()) {
      return new Problem.Violation(unknown.get(), "is not a known field");
    }
    return find(e, QUOTED_PROPERTY)
        .map(field -> new Problem.Violation(field, "has the wrong type or format"))
        .orElse(new Problem.Violation("body", "could not be read as the expected JSON document"));
  }

  private static Optional<String> find(Throwable e, Pattern pattern) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if ((t instanceof JsonbException || t instanceof ProcessingException) && t.getMessage() != null) {
        Matcher m = pattern.matcher(t.getMessage());
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }
}
