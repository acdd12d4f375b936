package dk.jobbro.api.shared.paging;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list, 1-based like Jakarta Data's PageRequest.
 *
 * @param items the items on this page
 * @param page the page number, from 1
 * @param size the requested page size
 * @param total the number of items on all pages
 */
@Schema(description = "One page of a list, pages numbered from 1")
public record Page<T>(@NotNull List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
