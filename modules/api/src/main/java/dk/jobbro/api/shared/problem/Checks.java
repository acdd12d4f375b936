package dk.jobbro.api.shared.problem;

import java.util.function.Supplier;

/**
 * Runs an entity's behaviour and turns its refusals into problems: an {@link IllegalArgumentException} names the
 * request field that carried the bad value (400), an {@link IllegalStateException} is a conflict with the case's
 * state (409). Entities stay free of HTTP; the caller says which field it was.
 */
public final class Checks {

  private Checks() {}

  public static void asField(String field, Runnable action) {
    asField(field, () -> {
      action.run();
      return null;
    });
  }

  public static <T> T asField(String field, Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(field, e.getMessage());
    } catch (IllegalStateException e) {
      String message = e.getMessage();
      throw ProblemException.conflict(Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
    }
  }
}
