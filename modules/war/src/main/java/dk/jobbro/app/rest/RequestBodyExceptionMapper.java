package dk.jobbro.app.rest;

import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A request body that is not valid JSON, or whose values have the wrong type, becomes a 400 naming the field. The
 * JSON binder's own message is used only to find the field's name: it can quote the rejected value, which may be a
 * CPR number, so it is never passed on.
 */
@Provider
public class RequestBodyExceptionMapper implements ExceptionMapper<ProcessingException> {

  private static final Pattern QUOTED_PROPERTY = Pattern.compile("deserialize property '([A-Za-z_][A-Za-z0-9_]*)'");
  private static final Pattern UNKNOWN_PROPERTY =
      Pattern.compile("Json property ([A-Za-z_][A-Za-z0-9_]*) can not be mapped");
  private static final Pattern UNKNOWN_ENUM = Pattern.compile("No enum constant ([A-Za-z0-9_.$]+)\\.[^.]+$");

  /** Said of a body when nothing more precise is known; {@link #toResponse} logs why (see there). */
  static final Problem.Violation UNREADABLE =
      new Problem.Violation("body", "could not be read as the expected JSON document");

  private static final Logger LOG = Logger.getLogger(RequestBodyExceptionMapper.class.getName());

  @Context
  UriInfo uri;

  @Context
  ResourceInfo resource;

  @Context
  HttpServletRequest request;

  @Override
  public Response toResponse(ProcessingException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof ProblemException strict && strict.status() == 400) {
        // the strict JSON reading's finding, wrapped by the runtime on its way out of the body reader
        return ProblemResponses.of(ProblemResponses.invalid(uri, strict.violations()));
      }
    }
    if (BodyReadTimeout.in(e)) {
      // the body did not arrive in time (HTTP/2: the stream's read timed out inside the JSON reader): not a bad body
      LOG.fine(() -> "Request body on " + ProblemResponses.path(uri) + " not received in time: " + causes(e));
      return BodyReadTimeout.response(uri, request.getProtocol());
    }
    Problem.Violation violation = violationOf(e, resource);
    if (violation.equals(UNREADABLE)) {
      // Something else kept the body from being read. The log names the exception classes and where the innermost
      // was thrown, never a message, which can quote the rejected value (a CPR number, say).
      LOG.warning(() -> "Request body on " + ProblemResponses.path(uri) + " could not be read: " + causes(e));
    }
    return ProblemResponses.of(ProblemResponses.invalid(uri, List.of(violation)));
  }

  /** The classes of the cause chain, outermost first, and the top frames of the innermost. */
  static String causes(Throwable e) {
    StringBuilder out = new StringBuilder();
    Throwable innermost = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      out.append(out.isEmpty() ? "" : " <- ").append(t.getClass().getName());
      innermost = t;
    }
    Arrays.stream(innermost.getStackTrace()).limit(6).forEach(frame -> out.append("\n\tat ").append(frame));
    return out.toString();
  }

  static Problem.Violation violationOf(Throwable e, ResourceInfo resource) {
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
    Optional<String> property = find(e, QUOTED_PROPERTY);
    if (property.isPresent()) {
      return new Problem.Violation(property.get(), "has the wrong type or format");
    }
    Optional<Problem.Violation> badEnum = find(e, UNKNOWN_ENUM).flatMap(type -> enumViolation(type, resource));
    return badEnum.orElse(UNREADABLE);
  }

  /**
   * The JSON binder reports an unknown enum value without the property's name; the request body's record type tells
   * which component has that enum type.
   */
  private static Optional<Problem.Violation> enumViolation(String enumType, ResourceInfo resource) {
    if (resource == null || resource.getResourceMethod() == null) {
      return Optional.empty();
    }
    Method method = resource.getResourceMethod();
    return Arrays.stream(method.getParameters())
        .filter(p -> p.getType().isRecord() && isEntity(p))
        .flatMap(p -> Arrays.stream(p.getType().getRecordComponents()))
        .filter(c -> c.getType().isEnum() && c.getType().getName().equals(enumType))
        .findFirst()
        .map(c -> new Problem.Violation(c.getName(), "must be one of " + constants(c)));
  }

  /** The request body is the one parameter without a Jakarta REST annotation (@QueryParam, @Context, ...). */
  private static boolean isEntity(java.lang.reflect.Parameter parameter) {
    return Arrays.stream(parameter.getAnnotations())
        .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
  }

  private static String constants(RecordComponent component) {
    return Arrays.stream(component.getType().getEnumConstants()).map(Object::toString)
        .collect(Collectors.joining(", "));
  }

  private static Optional<String> find(Throwable e, Pattern pattern) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if ((t instanceof JsonbException || t instanceof ProcessingException
          || t instanceof IllegalArgumentException) && t.getMessage() != null) {
        Matcher m = pattern.matcher(t.getMessage());
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }
}
