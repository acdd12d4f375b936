package dk.jobbro.api.shared.audit;

import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.api.shared.security.KeyedHash;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the access log for every read, search, change and export of a person's data. Called inside the business
 * transaction, so a change's log row exists exactly when the change does; a read outside a transaction is logged
 * through a writer thread ({@link #recordRead}). Search criteria and the persons touched are stored only as keyed
 * hashes (HMAC-SHA256): a data protection officer who knows a CPR number can find every access to that person,
 * nobody can read the CPR number back. Each row also names the kommuner of the persons touched, so the
 * officer of the person's kommune sees it whoever read, and the database chains the rows at commit (the migration
 * {@code V202612051300} explains why there and not here).
 */
@ApplicationScoped
public class AccessLog {

  /**
   * The action of the entry written beside a read whose answer included special-category data (GDPR art. 9: the
   * health information of a handover), so a data protection officer can find exactly those reads (filter by
   * action). The entry is chained like any other, so it cannot be removed unnoticed.
   */
  public static final String ART9_READ = "READ_ART9";

  /** The setting that says how reads are logged ({@link #reads}). */
  private static final String READS = "jobbro.access-log.reads";

  private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

  private static final Duration READS_WRITTEN_WAIT = Duration.ofSeconds(5);

  private static final String BUFFERED = "buffered";
  private static final String COMMITTED = "committed";

  /** A person is hashed as this prefix and the CPR number ({@link #personHash}). */
  private static final String PERSON = "person:";

  @PersistenceContext
  EntityManager em;

  @Inject
  Caller caller;

  @Inject
  Instance<DataSubjects> dataSubjects;

  @Inject
  AccessLogGroupCommit groupCommit;

  @Inject
  AccessLogBuffer buffer;

  /**
   * How the rows of reads made outside a transaction are written: {@code buffered} (the default) hands them to a
   * writer thread and answers at once ({@link AccessLogBuffer} says what a crash can lose); {@code committed} answers
   * only once they are committed ({@link AccessLogGroupCommit}), a round trip to PostgreSQL that every such read waits
   * for.
   */
  @Inject
  @ConfigProperty(name = READS, defaultValue = BUFFERED)
  String reads;

  /** Whether {@link #reads} says {@code buffered}. */
  private boolean buffered;

  @Resource
  TransactionSynchronizationRegistry transactions;

  /** The HMAC key; the operator sets it (server-config/README.md), the WAR has none. */
  @Inject
  @ConfigProperty(name = KeyedHash.AUDIT_KEY)
  Optional<String> hashKey;

  /** Records an action on a resource that belongs to no person in particular (a vacancy's settings, say). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String resourceType, UUID resourceId) {
    em.persist(entry(action, resourceType, resourceId, null, List.of()));
  }

  /** Records an action on one resource (for example READ of a case) that touched these persons' data. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String resourceType, UUID resourceId, Collection<DataSubject> persons) {
    em.persist(entry(action, resourceType, resourceId, null, persons));
  }

  /**
   * Records reads of one person's resource that changed nothing (a READ, and a READ_ART9 beside it, say). Inside a
   * transaction the rows are written with it, as {@link #record} does. Outside one (a plain GET needs none) they are
   * written with other reads' rows, by default without waiting for them ({@link AccessLogBuffer}); with {@value
   * #READS}={@value #COMMITTED}, this returns only once they are committed ({@link AccessLogGroupCommit}).
   */
  public void recordRead(String resourceType, UUID resourceId, DataSubject person, List<String> actions) {
    List<DataSubject> persons = List.of(person);
    List<AccessLogEntry> rows = actions.stream().map(a -> entry(a, resourceType, resourceId, null, persons)).toList();
    if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      rows.forEach(em::persist);
    } else if (buffered) {
      buffer.add(rows);
    } else {
      groupCommit.commit(rows);
    }
  }

  /** How many rows of reads this instance has answered wait for its access-log writer (0 when reads wait for them). */
  public int unwrittenReadRows() {
    return buffered ? buffer.unwrittenRows() : 0;
  }

  /**
   * Whether the reads' rows are being written: fewer than half the rows the writer may hold wait for it. Past that,
   * PostgreSQL has refused or stalled the log for a while, and reads will soon be refused (503).
   */
  public boolean readRowsFlowing() {
    return unwrittenReadRows() < AccessLogBuffer.MAX_UNWRITTEN / 2;
  }

  /**
   * Waits until the rows of the reads this instance has answered so far are committed, so that a reader of the log,
   * who calls this first, sees them; after {@link #READS_WRITTEN_WAIT} it warns and goes on with what is committed.
   * Reads another instance of a cluster answered may still be on their way, for that instance's few milliseconds.
   */
  public void awaitReadsWritten() {
    if (buffered && !buffer.awaitWritten(READS_WRITTEN_WAIT)) {
      LOG.warning("Reading the access log while reads answered here are still not written after "
          + READS_WRITTEN_WAIT.toSeconds() + " s");
    }
  }

  /** Records an action on one person's resource. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String resourceType, UUID resourceId, DataSubject person) {
    record(action, resourceType, resourceId, List.of(person));
  }

  /** Records an action that touched the persons behind these case ids (the module knows them by case id only). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordCases(String action, String resourceType, UUID resourceId, Collection<UUID> caseIds) {
    record(action, resourceType, resourceId, caseIds.isEmpty() ? List.of() : dataSubjects.get().ofCases(caseIds));
  }

  /**
   * Records an access after which the request is refused, such as a 409 that tells the caller a fact about a person
   * held by another kommune: in a transaction of its own, so the row stays although the refusal rolls the request's
   * transaction back.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordRefused(String action, String resourceType, UUID resourceId, DataSubject person) {
    em.persist(entry(action, resourceType, resourceId, null, List.of(person)));
  }

  /** Records a search or listing; the criterion (which may hold a CPR number) is stored only as its hash. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordSearch(String action, String resourceType, String criterion) {
    recordSearch(action, resourceType, criterion, List.of());
  }

  /** Records a search or listing that showed these persons; the criterion is stored only as its hash. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordSearch(String action, String resourceType, String criterion, Collection<DataSubject> shown) {
    em.persist(entry(action, resourceType, null, criterion == null ? null : hash(criterion), shown));
  }

  /** Records a search or listing that showed the persons behind these case ids. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordSearchCases(String action, String resourceType, String criterion, Collection<UUID> caseIds) {
    recordSearch(action, resourceType, criterion,
        caseIds.isEmpty() ? List.of() : dataSubjects.get().ofCases(caseIds));
  }

  /** The keyed hash under which a criterion is logged. */
  public String hash(String criterion) {
    return HexFormat.of().formatHex(KeyedHash.hmac(hashKey, KeyedHash.AUDIT_KEY, criterion));
  }

  /** The keyed hash under which a person (a CPR number, ten digits) is logged. */
  public String personHash(String cpr) {
    return hash(PERSON + cpr);
  }

  @PostConstruct
  void readSetting() {
    if (!BUFFERED.equals(reads) && !COMMITTED.equals(reads)) {
      throw new IllegalArgumentException(READS + " must be " + BUFFERED + " or " + COMMITTED + ", not " + reads);
    }
    buffered = BUFFERED.equals(reads);
  }

  private AccessLogEntry entry(String action, String resourceType, UUID resourceId, String criterionHash,
      Collection<DataSubject> persons) {
    String[] hashes = personHashes(persons);
    String[] kommuner = persons.stream().map(DataSubject::kommune).filter(Objects::nonNull).distinct().sorted()
        .toArray(String[]::new);
    return new AccessLogEntry(caller.subject(), caller.role(), kommune(), action, resourceType, resourceId,
        criterionHash, hashes, kommuner);
  }

  /**
   * The persons' hashes as {@link #personHash} makes each, distinct and sorted, all with this thread's HMAC
   * ({@link KeyedHash#hmac}): a batch import's chunk logs 500 persons in one row and a case read one, and setting up
   * an HMAC for each row cost more than hashing its persons.
   */
  private String[] personHashes(Collection<DataSubject> persons) {
    return persons.stream().map(DataSubject::cpr).filter(Objects::nonNull).map(this::personHash).distinct().sorted()
        .toArray(String[]::new);
  }

  private String kommune() {
    return caller.kommune().map(KommuneKode::value).orElse(null);
  }
}
