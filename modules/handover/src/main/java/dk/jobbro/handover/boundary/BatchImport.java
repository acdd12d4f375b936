package dk.jobbro.handover.boundary;

import dk.jobbro.api.handover.BatchResult;
import dk.jobbro.api.handover.HandoverSubmission;
import dk.jobbro.api.shared.input.StrictJson;
import dk.jobbro.api.shared.problem.Problem;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.handover.control.BulkInsert;
import dk.jobbro.handover.control.HandoverLookup;
import dk.jobbro.handover.control.PlainRecordReader;
import dk.jobbro.handover.control.SubmissionJson;
import dk.jobbro.handover.control.SubmissionRules;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A bulk load of handovers (an operator's backlog, up to {@value #MAX_RECORDS}). Each record is checked on its own
 * and answered on its own: created, duplicate (flagged, not created) or rejected with a problem naming its fields.
 * The records are checked and written in chunks of {@value #CHUNK}, each chunk's valid records in one transaction, so
 * one bad record never loses the others and a huge batch never holds thousands of locks at once; a record the
 * database refuses is rejected alone. With an Idempotency-Key ({@link BatchIdempotency}) a retry answers the first
 * run's results and writes nothing, and a retry after a crash goes on from where the dead run stopped.
 */
@ApplicationScoped
public class BatchImport {

  public static final int MAX_RECORDS = 10_000;
  static final int CHUNK = 500;
  private static final int PARALLELISM = Math.max(1, Runtime.getRuntime().availableProcessors());

  private static final Logger LOG = Logger.getLogger(BatchImport.class.getName());

  @Inject
  HandoverLookup lookup;

  @Inject
  SubmissionRules rules;

  @Inject
  RecordValidation validator;

  @Inject
  BatchChunkWriter writer;

  @Inject
  BatchIdempotency keys;

  @Resource
  ManagedExecutorService executor;

  /**
   * The answer to a batch.
   *
   * @param result one result per record
   * @param replayed whether these are the stored results of an earlier run under the same Idempotency-Key
   */
  public record Answer(BatchResult result, boolean replayed) {}

  /**
   * @param records each record's JSON text, in the order sent
   * @param idempotencyKey the sender's key, or null
   * @param requestHash the hash of the raw request body, which the key is bound to (with a key)
   * @throws BatchIdempotency.InProgress when another run under the key is still writing
   */
  public Answer run(List<String> records, String idempotencyKey, String requestHash) {
    String sender = lookup.requireSender();
    if (records.isEmpty() || records.size() > MAX_RECORDS) {
      throw ProblemException.invalidField("body", "send 1 to " + MAX_RECORDS + " handovers");
    }
    if (idempotencyKey == null) {
      return new Answer(importAll(sender, records, null, Map.of()), false);
    }
    BatchIdempotency.Run run = new BatchIdempotency.Run(sender, idempotencyKey, UUID.randomUUID());
    BatchIdempotency.Claim claim = keys.claim(run, requestHash);
    if (claim.finished() != null) {
      return new Answer(summary(claim.finished()), true);
    }
    BatchResult result;
    try {
      result = importAll(sender, records, run, claim.done());
      keys.complete(run, result.results());
    } catch (BatchIdempotency.ClaimLost e) {
      throw keys.inProgress(); // the run that took over answers: come back for its results
    } catch (RuntimeException | Error e) {
      keys.release(run);
      throw e;
    }
    return new Answer(result, false);
  }

  /**
   * Checks the records in slices of {@value #CHUNK} on the container's managed executor, {@code PARALLELISM} slices at a
   * time (parsing, validating, scoring and encrypting are pure CPU work, and all of it is done there), while this
   * thread writes each slice's valid records in order as soon as that slice is checked: writing one chunk overlaps
   * checking the next ones. Rejected records get their result where they are checked. With a key, the run's lease
   * is renewed while this thread waits for a slice.
   *
   * @param run the run's claim of its key, or null without a key
   * @param done results of records an earlier run under the same key wrote before it died: not written again
   */
  private BatchResult importAll(String sender, List<String> records, BatchIdempotency.Run run,
      Map<Integer, BatchResult.Item> done) {
    BatchResult.Item[] results = new BatchResult.Item[records.size()];
    done.forEach((index, item) -> results[index] = item);
    List<CompletableFuture<List<BatchChunkWriter.Valid>>> slices = new ArrayList<>();
    for (int from = 0; from < records.size(); from += CHUNK) {
      slices.add(new CompletableFuture<>());
    }
    AtomicInteger nextSlice = new AtomicInteger();
    List<Future<?>> checkers = new ArrayList<>();
    for (int i = 0; i < Math.min(PARALLELISM, slices.size()); i++) {
      checkers.add(executor.submit(() -> checkSlices(records, results, slices, nextSlice)));
    }
    Map<String, UUID> written = new HashMap<>();
    try {
      for (CompletableFuture<List<BatchChunkWriter.Valid>> slice : slices) {
        List<BatchChunkWriter.Valid> valid = awaitRenewing(slice, run);
        if (!valid.isEmpty()) {
          // the slice's checker wrote its rejections into results before completing it: visible here from now on
          for (BatchResult.Item item : writeChunk(sender, valid, written, run)) {
            results[item.index()] = item;
          }
          // the slice's future keeps its list until the batch ends: emptied, the written records' content and
          // ciphertexts are garbage now rather than copied by every young collection for the rest of the batch
          valid.clear();
        }
      }
    } finally {
      nextSlice.set(slices.size()); // after a failure no checker takes another slice
      checkers.forEach(c -> c.cancel(true));
    }
    return summary(Arrays.asList(results));
  }

  /** A checker's loop: takes the next slice no other checker has taken, until none is left. */
  private void checkSlices(List<String> records, BatchResult.Item[] results,
      List<CompletableFuture<List<BatchChunkWriter.Valid>>> slices, AtomicInteger nextSlice) {
    for (int s = nextSlice.getAndIncrement(); s < slices.size(); s = nextSlice.getAndIncrement()) {
      int from = s * CHUNK;
      try {
        slices.get(s).complete(checkRange(records, from, Math.min(records.size(), from + CHUNK), results));
      } catch (RuntimeException | Error e) {
        slices.get(s).completeExceptionally(e);
      }
    }
  }

  /**
   * Writes a chunk; when the database refuses a value of some record in it, writes the chunk's records one by one,
   * so the record at fault is rejected alone and every other one is kept.
   */
  private List<BatchResult.Item> writeChunk(String sender, List<BatchChunkWriter.Valid> chunk,
      Map<String, UUID> written, BatchIdempotency.Run run) {
    try {
      return writer.write(sender, chunk, written, run);
    } catch (BulkInsert.Refused e) {
      List<BatchResult.Item> items = new ArrayList<>();
      for (BatchChunkWriter.Valid v : chunk) {
        try {
          items.addAll(writer.write(sender, List.of(v), written, run));
        } catch (BulkInsert.Refused refused) {
          LOG.warning(() -> "Batch record " + v.index() + " refused by the database (SQL state "
              + refused.sqlState() + "); the other records are written");
          items.add(rejected(v.index(), unstorable()));
        }
      }
      return items;
    }
  }

  /** A record the checks passed but the database cannot keep (a date beyond its range, a NUL character). */
  private static ProblemException unstorable() {
    return ProblemException.invalidField("body", "holds a value that cannot be stored (a date, number or text "
        + "outside what can be kept); correct the record and send it again");
  }

  private static BatchResult summary(List<BatchResult.Item> all) {
    return new BatchResult(count(all, BatchResult.Outcome.CREATED), count(all, BatchResult.Outcome.DUPLICATE),
        count(all, BatchResult.Outcome.REJECTED), all);
  }

  private <T> T awaitRenewing(Future<T> future, BatchIdempotency.Run run) {
    while (true) {
      try {
        return run == null ? future.get() : future.get(keys.renewal().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        keys.renew(run);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking a batch", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("checking a batch failed", e.getCause());
      }
    }
  }

  private List<BatchChunkWriter.Valid> checkRange(List<String> records, int from, int to,
      BatchResult.Item[] results) {
    List<BatchChunkWriter.Valid> valid = new ArrayList<>();
    PersonalDataCipher cipher = PersonalDataCipher.configured();
    PersonalDataCipher.Encrypter encrypter = cipher.encrypter(); // this thread's alone, as is the indexer
    PersonalDataCipher.BlindIndexer indexer = cipher.blindIndexer();
    for (int i = from; i < to; i++) {
      if (results[i] != null) {
        continue; // written by an earlier run under the same key
      }
      try {
        SubmissionRules.Checked checked = check(records.get(i), indexer);
        valid.add(new BatchChunkWriter.Valid(i, checked, BulkInsert.Ciphers.of(checked, encrypter)));
      } catch (ProblemException e) {
        results[i] = rejected(i, e);
      } catch (RuntimeException e) {
        // a value the checks let through but a rule cannot compute with (e.g. a date near the end of time): this
        // record's fault, so it alone is rejected
        int index = i;
        LOG.warning(() -> "Batch record " + index + " could not be checked (" + e.getClass().getSimpleName()
            + "); the other records go on");
        results[i] = rejected(i, ProblemException.invalidField("body", "holds a value that cannot be processed "
            + "(e.g. a date outside any sensible range); correct the record and send it again"));
      }
    }
    return valid;
  }

  private SubmissionRules.Checked check(String json, PersonalDataCipher.BlindIndexer indexer) {
    // the common record is bound in one pass; any other is read as a single handover is, which names its fault
    HandoverSubmission submission = PlainRecordReader.read(json, HandoverSubmission.class)
        .orElseGet(() -> readStrictly(json));
    if (submission == null) {
      throw ProblemException.invalidField("body", "is required");
    }
    Set<ConstraintViolation<HandoverSubmission>> violations = validator.validate(submission);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations.stream()
          .map(v -> new Problem.Violation(field(v.getPropertyPath()), v.getMessage())).distinct()
          .sorted(Comparator.comparing(Problem.Violation::field)).toList());
    }
    return rules.check(submission, indexer);
  }

  /** The same strict reading as a single handover gets (arrays for objects, duplicate keys, whole numbers, ...). */
  private static HandoverSubmission readStrictly(String json) {
    StrictJson.check(json, HandoverSubmission.class);
    try {
      return SubmissionJson.readStrict(json);
    } catch (JsonbException | ClassCastException e) {
      // the parser's message may quote the record's values (a CPR number): never pass it on
      throw ProblemException.invalidField("body", "is not a handover: malformed JSON, a wrong type or an unknown "
          + "field");
    }
  }

  static String field(Path path) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : path) {
      if ((node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT)
          && node.getName() != null) {
        names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
      }
    }
    return names.isEmpty() ? "body" : String.join(".", names);
  }

  static BatchResult.Item rejected(int index, ProblemException e) {
    Problem problem = new Problem(e.type(), e.title(), e.status(), e.getMessage(), null,
        e.violations().isEmpty() ? null : e.violations(), null);
    return new BatchResult.Item(index, BatchResult.Outcome.REJECTED, null, null, problem);
  }

  private static int count(List<BatchResult.Item> items, BatchResult.Outcome outcome) {
    return (int) items.stream().filter(i -> i.outcome() == outcome).count();
  }
}
