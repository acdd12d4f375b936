package dk.jobbro.handover.control;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.handover.BatchResult;
import dk.jobbro.api.shared.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BatchResultsTextTest {

  @Test
  void storedResultsReadBackAsTheyWereAnswered() {
    List<BatchResult.Item> items = List.of(
        new BatchResult.Item(0, BatchResult.Outcome.CREATED, UUID.randomUUID(), null, null),
        new BatchResult.Item(1, BatchResult.Outcome.DUPLICATE, null, UUID.randomUUID(), null),
        new BatchResult.Item(2, BatchResult.Outcome.REJECTED, null, null, new Problem(
            "https://jobbro.dk/problems/invalid-request", "The request is invalid", 400,
            "Fix the fields \"listed\"\nin violations.", null, List.of(
                new Problem.Violation("person.name", "must not be blank"),
                new Problem.Violation("languages[0].language", "unknown language; use an ISO 639-1 code")), null)),
        new BatchResult.Item(3, BatchResult.Outcome.REJECTED, null, null, new Problem(
            "https://jobbro.dk/problems/x", "X", 400, null, null, null, null)));

    String text = BatchResultsText.write(items);

    assertThat(text.lines()).hasSize(4);
    assertThat(BatchResultsText.read(text)).isEqualTo(items);
  }

  @Test
  void progressLinesReadBackByIndexInAnyOrder() {
    List<BatchResult.Item> written = List.of(
        new BatchResult.Item(7, BatchResult.Outcome.CREATED, UUID.randomUUID(), null, null),
        new BatchResult.Item(2, BatchResult.Outcome.DUPLICATE, null, UUID.randomUUID(), null));
    String later = BatchResultsText.writeIndexed(List.of(
        new BatchResult.Item(12, BatchResult.Outcome.REJECTED, null, null, new Problem(
            "https://jobbro.dk/problems/x", "X", 400, "a\nb", null, null, null))));

    Map<Integer, BatchResult.Item> read = BatchResultsText.readIndexed(BatchResultsText.writeIndexed(written) + later);

    assertThat(read).containsOnlyKeys(7, 2, 12);
    assertThat(read.get(7)).isEqualTo(written.get(0));
    assertThat(read.get(2)).isEqualTo(written.get(1));
    assertThat(read.get(12).problem().detail()).isEqualTo("a\nb");
    assertThat(BatchResultsText.readIndexed(null)).isEmpty();
  }
}
