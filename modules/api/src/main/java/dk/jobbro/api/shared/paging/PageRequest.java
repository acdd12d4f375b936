package dk.jobbro.api.shared.paging;

import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which page to fetch: {@code page} from 1 to {@value #MAX_PAGE}, {@code size} from 1 to {@value #MAX_SIZE}. The page
 * limit keeps the first result's position ({@code (page - 1) * size}) well inside an int.
 */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_PAGE = 1_000_000;

  public PageRequest {
    if (page < 1 || page > MAX_PAGE) {
      throw new IllegalArgumentException("page must be 1.." + MAX_PAGE);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
    }
  }

  /**
   * The page the query parameters ask for; absent parameters take the defaults (page 1, size 20).
   *
   * @throws ProblemException 400 naming {@code page} or {@code size} when out of range
   */
  public static PageRequest of(Integer page, Integer size) {
    List<Problem.Violation> violations = new ArrayList<>();
    int p = page == null ? 1 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 1 || p > MAX_PAGE) {
      violations.add(new Problem.Violation("page", "must be between 1 and " + MAX_PAGE));
    }
    if (s < 1 || s > MAX_SIZE) {
      violations.add(new Problem.Violation("size", "must be between 1 and " + MAX_SIZE));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    return new PageRequest(p, s);
  }

  public int firstResult() {
    return (page - 1) * size;
  }
}
