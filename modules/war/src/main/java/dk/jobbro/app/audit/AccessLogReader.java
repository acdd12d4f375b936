package dk.jobbro.app.audit;

import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.audit.DataSubject;
import dk.jobbro.api.shared.audit.DataSubjects;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.reference.KommuneRegistry;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.api.shared.security.Roles;
import dk.jobbro.api.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the access log for a kommune's data protection officer (their kommune's people and staff) or a national
 * auditor (every kommune), and logs each read of it like any other access: the person asked about is logged by the
 * keyed hash of their CPR number, the other criteria as one hashed criterion.
 */
@ApplicationScoped
@Transactional
public class AccessLogReader {

  /** The most rows one CSV export holds; a longer period is exported in parts. */
  static final int EXPORT_LIMIT = 100_000;

  static final String RESOURCE = "access-log";


  @PersistenceContext
  EntityManager em;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  @Inject
  DataSubjects dataSubjects;

  @Inject
  KommuneRegistry kommuner;

  /** One page of the rows the query finds, newest first. */
  public Page<AccessLogRow> search(AccessLogQuery query, PageRequest page) {
    accessLog.awaitReadsWritten();
    Criteria c = criteria(query);
    long total = ((Number) c.bind(em.createNativeQuery("select count(*) from audit.access_log l" + c.where))
        .getSingleResult()).longValue();
    List<AccessLogRow> rows = rows(c, page.firstResult(), page.size());
    log("AUDIT_READ", c);
    return new Page<>(rows, page.page(), page.size(), total);
  }

  /** Every row the query finds, newest first, for the CSV export. */
  public List<AccessLogRow> export(AccessLogQuery query) {
    accessLog.awaitReadsWritten();
    Criteria c = criteria(query);
    List<AccessLogRow> rows = rows(c, 0, EXPORT_LIMIT + 1);
    if (rows.size() > EXPORT_LIMIT) {
      throw ProblemException.invalidField("to", "the period holds more than " + EXPORT_LIMIT
          + " rows; export it in shorter periods");
    }
    log("AUDIT_EXPORT", c);
    return rows;
  }

  private List<AccessLogRow> rows(Criteria c, int first, int max) {
    Query q = c.bind(em.createNativeQuery("select l.id, l.at, l.subject, l.role, l.kommune_kode, l.action, "
        + "l.resource_type, l.resource_id, array_to_string(l.kommuner, ','), l.criterion_hash is not null "
        + "from audit.access_log l" + c.where + " order by l.at desc, l.id"));
    List<?> found = q.setFirstResult(first).setMaxResults(max).getResultList();
    return found.stream().map(o -> (Object[]) o).map(r -> new AccessLogRow(uuid(r[0]), instant(r[1]), (String) r[2],
        (String) r[3], r[4] == null ? null : ((String) r[4]).strip(), (String) r[5], (String) r[6], uuid(r[7]),
        visibleKommuner((String) r[8], c.scope), (Boolean) r[9])).toList();
  }

  /** A privacy officer learns only whether a row concerns their own kommune's people, not which others it names. */
  private static List<String> visibleKommuner(String all, String scope) {
    List<String> kommuner = all == null || all.isEmpty() ? List.of() : Arrays.asList(all.split(","));
    return scope == null ? kommuner : kommuner.stream().filter(scope::equals).toList();
  }

  private void log(String action, Criteria c) {
    accessLog.recordSearch(action, RESOURCE, c.criterion, c.person == null ? List.of() : List.of(c.person));
  }

  /** The SQL condition and parameters for a query, within what the caller may see. */
  private Criteria criteria(AccessLogQuery query) {
    if (query.caseId() != null && query.cpr() != null) {
      throw ProblemException.invalidField("cpr", "give either caseId or cpr, not both");
    }
    String scope = scope(query.kommune());
    DataSubject person = null;
    if (query.caseId() != null) {
      person = dataSubjects.ofCase(query.caseId())
          .filter(p -> scope == null || scope.equals(p.kommune()))
          .orElseThrow(() -> ProblemException.notFound("The case"));
      // the case says which kommune holds the person now; an auditor's rows stay as wide as asked
      person = new DataSubject(person.cpr(), scope);
    } else if (query.cpr() != null) {
      person = new DataSubject(Cpr.parse(query.cpr()).value(), scope);
    }
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new HashMap<>();
    String personHash = person == null ? null : accessLog.personHash(person.cpr());
    if (personHash != null) {
      where.append(" and l.persons @> array[cast(:person as text)]");
      params.put("person", personHash);
      if (scope != null) {
        where.append(" and l.kommuner @> array[cast(:scope as text)]");
      }
    } else if (scope != null) {
      where.append(" and (l.kommuner @> array[cast(:scope as text)] or l.kommune_kode = :scope)");
    }
    if (scope != null) {
      params.put("scope", scope);
    }
    if (query.user() != null && !query.user().isBlank()) {
      where.append(" and l.subject = :user");
      params.put("user", query.user().strip());
    }
    if (query.action() != null && !query.action().isBlank()) {
      where.append(" and l.action = :action");
      params.put("action", query.action().strip());
    }
    if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
      throw ProblemException.invalidField("to", "must not be before from");
    }
    if (query.from() != null) {
      where.append(" and l.at >= :from");
      params.put("from", Timestamp.from(startOf(query.from())));
    }
    if (query.to() != null) {
      where.append(" and l.at < :to");
      params.put("to", Timestamp.from(startOf(query.to().plusDays(1))));
    }
    String criterion = "user=" + params.getOrDefault("user", "") + ";action=" + params.getOrDefault("action", "")
        + ";from=" + (query.from() == null ? "" : query.from()) + ";to=" + (query.to() == null ? "" : query.to())
        + ";kommune=" + (scope == null ? "" : scope) + ";person=" + (personHash == null ? "" : personHash);
    return new Criteria(where.toString(), params, scope, person, criterion);
  }

  /**
   * The kommune whose rows the caller may read: a privacy officer's own, an auditor's choice or every kommune (null).
   */
  private String scope(String asked) {
    if (caller.hasRole(Roles.AUDITOR)) {
      if (asked == null) {
        return null;
      }
      KommuneKode kode = KommuneKode.parse(asked);
      if (!kommuner.isKnown(kode)) {
        throw ProblemException.invalidField("kommune", "is not a known kommunekode");
      }
      return kode.value();
    }
    KommuneKode own = caller.kommune().filter(kommuner::isKnown)
        .orElseThrow(() -> ProblemException.forbidden("Your token carries no valid 'kommune' claim."));
    if (asked != null && !KommuneKode.parse(asked).equals(own)) {
      throw ProblemException.invalidField("kommune", "a privacy officer reads only their own kommune's log");
    }
    return own.value();
  }

  private static Instant startOf(LocalDate day) {
    return ClockProducer.danishMidnight(day).toInstant();
  }

  private static UUID uuid(Object value) {
    return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }

  private record Criteria(String where, Map<String, Object> params, String scope, DataSubject person,
      String criterion) {

    Query bind(Query q) {
      params.forEach(q::setParameter);
      return q;
    }
  }
}
