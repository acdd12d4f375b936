package dk.jobbro.app.idempotency;

import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.idempotency.IdempotencyKey;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.app.rest.ProblemResponses;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * Runs a request under an Idempotency-Key at most once. The request and the storing of its answer share one
 * transaction, so either both happen or neither: a crash half-way leaves no resource without its key, and no key
 * without its resource. Concurrent requests with one key are told apart by a PostgreSQL advisory lock held until that
 * transaction ends: the one that holds it runs, the others are told to come back (409, Retry-After) rather than wait,
 * and once it has committed its stored answer is there for every retry. (This is why the plumbing, not the resource,
 * opens the transaction: the services join it.)
 */
@ApplicationScoped
public class IdempotentRequests {

  /** What a retry during the first request is told to wait: a create takes milliseconds. */
  static final int RETRY_AFTER_SECONDS = 1;

  @Inject
  StoredResponses stored;

  @Inject
  AccessLog accessLog;

  @Resource
  TransactionSynchronizationRegistry transaction;

  /**
   * The answer to a request with a key: the stored one, a problem, or the request's own.
   *
   * @param request the key, whose it is and what the request is
   * @param call the resource method, which must return a {@link Response}
   */
  @Transactional(rollbackOn = Exception.class)
  public Response answer(KeyedRequest request, InvocationContext call) throws Exception {
    Optional<StoredResponse> earlier = stored.find(request.scope(), request.key());
    if (earlier.isEmpty()) {
      if (!stored.lock(request.scope(), request.key())) {
        return inProgress(request.path());
      }
      // the first request may have committed between the look and the lock
      earlier = stored.find(request.scope(), request.key());
    }
    if (earlier.isPresent()) {
      return replay(earlier.get(), request.fingerprint());
    }
    Response first = (Response) call.proceed();
    if (first.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
      transaction.setRollbackOnly(); // keep nothing: a retry runs afresh
      return first;
    }
    StoredResponse answer = StoredResponse.of(first, request.fingerprint());
    stored.save(request.scope(), request.key(), answer);
    return answer.sentAs(first);
  }

  private Response replay(StoredResponse earlier, String fingerprint) {
    if (!earlier.requestHash().equals(fingerprint)) {
      throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
          "This Idempotency-Key was used before with another request body or address. Use a new key for a new "
              + "request.", List.of(new Problem.Violation(IdempotencyKey.HEADER,
                  "was used before with a different request")));
    }
    // the stored answer shows what was created, often a person's data: reading it again is an access like any read
    accessLog.record("REPLAY", "idempotent-answer", earlier.resourceId());
    return earlier.replayed();
  }

  private static Response inProgress(String path) {
    Problem problem = new Problem(Problem.TYPE_BASE + "request-in-progress", "Request in progress", 409,
        "A request with this Idempotency-Key is still running. Send the same request again after "
            + RETRY_AFTER_SECONDS + " second(s) to get its answer.", path, null, null);
    return Response.fromResponse(ProblemResponses.of(problem))
        .header("Retry-After", RETRY_AFTER_SECONDS).build();
  }
}
