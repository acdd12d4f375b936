package dk.jobbro.employers.control;

import dk.jobbro.api.shared.problem.ProblemException;

/**
 * Runs an entity's behaviour and turns its refusals into problems: an {@link IllegalArgumentException} names the
 * request field that carried the bad value (400), an {@link IllegalStateException} conflicts with the current state
 * (409). Entities stay free of HTTP; the caller says which field it was.
 */
public final class Failures {

  private Failures() {}

  public static void asField(String field, Runnable action) {
    try {
      action.run();
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(field, e.getMessage());
    } catch (IllegalStateException e) {
      String message = e.getMessage();
      throw ProblemException.conflict(Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
    }
  }
}
