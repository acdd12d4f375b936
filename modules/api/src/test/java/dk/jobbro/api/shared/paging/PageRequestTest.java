package dk.jobbro.api.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void absentParametersMeanTheFirstPageOfTwenty() {
    assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1, 20));
  }

  @Test
  void theOffsetOfAPageCountsFromOne() {
    assertThat(PageRequest.of(3, 25).firstResult()).isEqualTo(50);
  }

  @Test
  void outOfRangeValuesAreNamedTogether() {
    ProblemException e = catchThrowableOfType(ProblemException.class, () -> PageRequest.of(0, 101));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.violations()).extracting(Problem.Violation::field).containsExactly("page", "size");
  }

  @Test
  void theLargestPageIsAHundred() {
    assertThat(PageRequest.of(1, 100).size()).isEqualTo(100);
  }

  @Test
  void aPageSoFarThatItsOffsetWouldOverflowIsRefusedByName() {
    ProblemException e = catchThrowableOfType(ProblemException.class, () -> PageRequest.of(1_302_633_190, 100));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.violations()).extracting(Problem.Violation::field).containsExactly("page");
    assertThat(PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE).firstResult()).isPositive();
  }
}
