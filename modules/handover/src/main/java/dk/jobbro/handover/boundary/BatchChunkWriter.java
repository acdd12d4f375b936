package dk.jobbro.handover.boundary;

import dk.jobbro.api.handover.BatchResult;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.handover.control.BulkInsert;
import dk.jobbro.handover.control.HandoverCreator;
import dk.jobbro.handover.control.HandoverLookup;
import dk.jobbro.handover.control.HandoverRepository;
import dk.jobbro.handover.control.Households;
import dk.jobbro.handover.control.SenderHandovers;
import dk.jobbro.handover.control.SubmissionRules;
import dk.jobbro.handover.entity.Handover;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes one chunk of a batch in its own transaction, with the same duplicate rule as a single submit: a person the
 * sender itself already handed over to the kommune is a duplicate of that handover; another sender's handover of the
 * person is neither seen nor named here (the kommune sees both and merges one into the other).
 */
@ApplicationScoped
public class BatchChunkWriter {

  @Inject
  HandoverRepository handovers;

  @Inject
  HandoverCreator creator;

  @Inject
  AccessLog accessLog;

  @Inject
  HandoverLookup lookup;

  @Inject
  BulkInsert bulk;

  @Inject
  SenderHandovers senderHandovers;

  @Inject
  Households households;

  @Inject
  BatchIdempotency keys;

  @Inject
  Clock clock;

  /**
   * A record that passed every check.
   *
   * @param index its position in the batch
   * @param checked the checked content
   * @param ciphers its values as they are stored, encrypted
   */
  public record Valid(int index, SubmissionRules.Checked checked, BulkInsert.Ciphers ciphers) {}

  /**
   * @param written handovers created by earlier chunks of the same batch, by kommune and person; updated
   * @param run the run's claim of its Idempotency-Key, or null without a key: with one, the chunk is written only
   *     while the run holds the claim, and its results are added to the run's progress in the same transaction
   * @return one result per record of the chunk
   * @throws BulkInsert.Refused when the database refuses a record's values (the chunk is rolled back)
   * @throws BatchIdempotency.ClaimLost when another run has taken the key over (nothing written)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<BatchResult.Item> write(String sender, List<Valid> chunk, Map<String, UUID> written,
      BatchIdempotency.Run run) {
    if (run != null) {
      keys.hold(run); // first, so the key is locked before the kommuner (the order every run takes: no deadlock)
    }
    Set<String> kommuner = new TreeSet<>();
    Set<String> people = new HashSet<>();
    Set<UUID> family = new HashSet<>();
    for (Valid v : chunk) {
      kommuner.add(v.checked().submission().receivingKommune());
      people.add(v.checked().facts().personKey());
      if (v.checked().submission().familyHandovers() != null) {
        family.addAll(v.checked().submission().familyHandovers());
      }
    }
    kommuner.forEach(handovers::lockKommune); // ascending order: two batches never deadlock
    Map<String, UUID> live = new java.util.HashMap<>(written);
    senderHandovers.live(sender, kommuner, people).forEach(live::putIfAbsent); // another sender's are not duplicates
    Set<UUID> ownFamily = family.isEmpty() ? Set.of() : handovers.idsOfSender(family, sender);
    Instant now = clock.instant();
    List<BatchResult.Item> results = new ArrayList<>();
    List<BulkInsert.Row> rows = new ArrayList<>();
    String supplier = lookup.supplier();
    Map<String, UUID> createdHere = new java.util.HashMap<>();
    Map<UUID, List<UUID>> families = new java.util.LinkedHashMap<>();
    for (Valid v : chunk) {
      String person = SenderHandovers.key(v.checked().submission().receivingKommune(), v.checked().facts().personKey());
      UUID existing = live.containsKey(person) ? live.get(person) : createdHere.get(person);
      List<UUID> linked = v.checked().submission().familyHandovers();
      if (existing != null) {
        results.add(new BatchResult.Item(v.index(), BatchResult.Outcome.DUPLICATE, null, existing, null));
      } else if (linked != null && !ownFamily.containsAll(linked)) {
        results.add(BatchImport.rejected(v.index(),
            ProblemException.invalidField("familyHandovers", "must name handovers you sent")));
      } else {
        UUID id = UUID.randomUUID();
        Handover created = creator.describe(id, sender, v.checked(), now);
        created.sealedAs(v.ciphers().cpr(), v.ciphers().content());
        rows.add(new BulkInsert.Row(created, supplier, v.ciphers().revisionContent()));
        createdHere.put(person, id);
        if (linked != null && !linked.isEmpty()) {
          families.put(id, linked);
        }
        results.add(new BatchResult.Item(v.index(), BatchResult.Outcome.CREATED, id, null, null));
      }
    }
    bulk.insert(rows, now);
    families.forEach(households::join); // after the insert: the household is kept on the rows themselves
    creator.announceAll(rows.stream().map(BulkInsert.Row::handover).toList());
    if (run != null) {
      keys.addProgress(run, results);
    }
    accessLog.recordSearch("BATCH_CREATE", HandoverLookup.RESOURCE, null,
        rows.stream().map(row -> row.handover().dataSubject()).toList());
    handovers.clear();
    written.putAll(createdHere);
    return results;
  }
}
