package dk.jobbro.api.shared.paging;

/**
 * Which page to fetch: {@code page} from 1, {@code size} from 1 to {@value #MAX_SIZE}.
 */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;

  public PageRequest {
    if (page < 1) {
      throw new IllegalArgumentException("page starts at 1");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
    }
  }

  public int firstResult() {
    return (page - 1) * size;
  }
}
