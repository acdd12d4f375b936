package dk.jobbro.api.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersistenceFailuresTest {

  private static final UniqueKey CASE = new UniqueKey("case_file_kommune_cpr_uq", "cpr", "a case exists");
  private static final UniqueKey MOVE = new UniqueKey("case_move_one_open_uq", "caseId", "a move is open");

  /** As the transaction manager hands it on: several layers around the driver's exception. */
  private static RuntimeException wrapped(Throwable cause) {
    return new IllegalStateException("transaction rolled back",
        new RuntimeException("RollbackException", new PersistenceException("could not execute statement", cause)));
  }

  private static SQLException postgres(String state, String message) {
    return new SQLException(message, state);
  }

  @Test
  void aUniqueViolationIsNamedByItsConstraintHoweverDeeplyWrapped() {
    Throwable failure = wrapped(postgres("23505",
        "ERROR: duplicate key value violates unique constraint \"case_move_one_open_uq\"\n  Detail: Key (case_id)=..."));
    assertThat(PersistenceFailures.violatedKey(failure, List.of(CASE, MOVE))).contains(MOVE);
  }

  @Test
  void theNameIsFoundInATranslatedMessage() {
    Throwable failure = wrapped(postgres("23505",
        "FEJL: duplikeret nøgleværdi bryder unik begrænsning »case_file_kommune_cpr_uq«"));
    assertThat(PersistenceFailures.violatedKey(failure, List.of(CASE, MOVE))).contains(CASE);
  }

  @Test
  void aConstraintWhoseNameOnlyStartsLikeAKeyIsNotThatKey() {
    Throwable failure = wrapped(postgres("23505", "violates unique constraint \"case_file_kommune_cpr_uq_old\""));
    assertThat(PersistenceFailures.violatedKey(failure, List.of(CASE))).isEmpty();
  }

  @Test
  void otherDatabaseFailuresAreNeverDuplicates() {
    // a date out of range or a check constraint mentions no unique key, even when the message names the column
    assertThat(PersistenceFailures.violatedKey(wrapped(postgres("22008",
        "date/time field value out of range near case_file_kommune_cpr_uq")), List.of(CASE))).isEmpty();
    assertThat(PersistenceFailures.violatedKey(wrapped(postgres("23514",
        "new row violates check constraint \"offer_hours_check\"")), List.of(CASE))).isEmpty();
    assertThat(PersistenceFailures.violatedKey(new PersistenceException("no SQL at all"), List.of(CASE))).isEmpty();
  }

  @Test
  void theChainedExceptionsOfABatchAreRead() {
    SQLException batch = postgres("0A000", "Batch entry 0 was aborted");
    batch.setNextException(postgres("23505", "duplicate key value violates unique constraint \"case_move_one_open_uq\""));
    assertThat(PersistenceFailures.violatedKey(wrapped(batch), List.of(CASE, MOVE))).contains(MOVE);
  }

  @Test
  void anOptimisticLockFailureIsRecognisedInAnyWrapping() {
    assertThat(PersistenceFailures.isOptimisticLockFailure(wrapped(new OptimisticLockException("row count 0"))))
        .isTrue();
    assertThat(PersistenceFailures.isOptimisticLockFailure(wrapped(postgres("23505", "duplicate")))).isFalse();
  }

  @Test
  void aCyclicChainEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(PersistenceFailures.isOptimisticLockFailure(a)).isFalse();
  }

  @Test
  void aKeyAnswersA409NamingTheField() {
    var problem = MOVE.duplicate();
    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.violations()).extracting(v -> v.field()).containsExactly("caseId");
  }

  @Test
  void aLostConnectionOrAServerShuttingDownIsTheDatabaseOutOfReach() {
    assertThat(PersistenceFailures.isDatabaseUnreachable(wrapped(postgres("08006",
        "An I/O error occurred while sending to the backend.")))).isTrue();
    assertThat(PersistenceFailures.isDatabaseUnreachable(wrapped(postgres("57P01",
        "FATAL: terminating connection due to administrator command")))).isTrue();
    assertThat(PersistenceFailures.isDatabaseUnreachable(wrapped(new SQLException(
        "Error in allocating a connection", null, new jakarta.resource.ResourceException("pool closed"))))).isTrue();
  }

  @Test
  void aFailedStatementIsNotTheDatabaseOutOfReach() {
    assertThat(PersistenceFailures.isDatabaseUnreachable(wrapped(postgres("23505", "duplicate key")))).isFalse();
    assertThat(PersistenceFailures.isDatabaseUnreachable(wrapped(postgres("40001", "could not serialize")))).isFalse();
    assertThat(PersistenceFailures.isDatabaseUnreachable(new PersistenceException("no SQL at all"))).isFalse();
  }
}
