package dk.jobbro.app.rest;

import dk.jobbro.api.shared.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures as 400 problems naming each invalid field. A dedicated mapper, because a catch-all mapper
 * would lose to the runtime's own validation mapper. The rejected values are never echoed (they may be CPR numbers).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context
  UriInfo uri;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Problem.Violation> violations = e.getConstraintViolations().stream()
        .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
        .distinct()
        .sorted(Comparator.comparing(Problem.Violation::field))
        .toList();
    return ProblemResponses.of(ProblemResponses.invalid(uri, violations));
  }

  /**
   * The request field a violation is about. A path such as {@code open.newCase.cpr} names the method, its parameter
   * and then the property (with list positions: {@code danishClasses[0].completedOn}); the request body parameter itself is called "body", and a query parameter keeps its own
   * name, which the path does not know, so it is read from the parameter's name as compiled (-parameters).
   */
  static String fieldOf(ConstraintViolation<?> v) {
    List<String> properties = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
      } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        // A node inside a list carries the list position, which belongs to the list's own name:
        // danishClasses[0].completedOn, skills[2]
        if (node.isInIterable() && node.getIndex() != null && !properties.isEmpty()) {
          int last = properties.size() - 1;
          properties.set(last, properties.get(last) + "[" + node.getIndex() + "]");
        }
        if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
          properties.add(node.getName());
        }
      }
    }
    if (!properties.isEmpty()) {
      return String.join(".", properties);
    }
    return parameter == null ? "body" : bodyOrParameter(parameter, v);
  }

  private static String bodyOrParameter(String parameter, ConstraintViolation<?> v) {
    // A constrained record/bean parameter is the request body; a scalar one is a query or path parameter.
    Object invalid = v.getInvalidValue();
    boolean scalar = invalid == null ? !v.getMessage().contains("body") : invalid instanceof Number
        || invalid instanceof CharSequence || invalid instanceof Boolean;
    return scalar ? parameter : "body";
  }
}
