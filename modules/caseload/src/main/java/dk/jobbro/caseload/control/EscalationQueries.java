package dk.jobbro.caseload.control;

import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.caseload.entity.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kommune's passed legal deadlines as rows of (case, deadline), sorted and paged by the database: a page costs
 * the same whether ten or ten thousand deadlines have passed. A case can have passed both deadlines, so the rows are
 * a union of one select per deadline, which JPQL cannot express; hence SQL, with the entity's own restriction
 * (anonymised cases are nobody's) written out.
 */
@ApplicationScoped
public class EscalationQueries {

  /** Which deadlines; each selects the active cases of {@code :kommune} that passed it before {@code :today}. */
  public enum Deadline {
    FIRST_OFFER(FirstOfferClock.SQL_OVERDUE, "c.first_offer_latest_date"),
    // as CaseViews.contractOverdue: no kontrakt signed, and its due date has passed
    KONTRAKT("c.contract_signed_date is null and c.contract_due_date < :today", "c.contract_due_date");

    private final String passed;
    private final String dueDate;

    Deadline(String passed, String dueDate) {
      this.passed = passed;
      this.dueDate = dueDate;
    }

    private String select() {
      return "select c.id as case_id, '" + name() + "' as deadline, " + dueDate + " as due_date"
          + " from caseload.case_file c where c.kommune_kode = :kommune and c.status = 'ACTIVE'"
          + " and c.anonymised_at is null and " + passed;
    }
  }

  /** One passed deadline of a case. */
  public record Row(UUID caseId, Deadline deadline) {}

  /** A page of rows and how many there are in all. */
  public record Result(List<Row> rows, long total) {}

  @PersistenceContext
  EntityManager em;

  /** The page of passed deadlines, longest overdue (earliest due date) first, then by case and deadline. */
  public Result page(KommuneKode kommune, List<Deadline> deadlines, LocalDate today, PageRequest page) {
    String union = String.join(" union all ", deadlines.stream().map(Deadline::select).toList());
    List<?> found = em.createNativeQuery("select e.case_id, e.deadline from (" + union + ") e"
            + " order by e.due_date, e.case_id, e.deadline")
        .setParameter("kommune", kommune.value()).setParameter("today", today)
        .setFirstResult(page.firstResult()).setMaxResults(page.size())
        .getResultList();
    List<Row> rows = new ArrayList<>();
    for (Object row : found) {
      Object[] columns = (Object[]) row;
      rows.add(new Row(uuid(columns[0]), Deadline.valueOf(columns[1].toString())));
    }
    long total = rows.size() < page.size() && (page.firstResult() == 0 || !rows.isEmpty())
        ? page.firstResult() + rows.size() // the last page tells the total without a count
        : ((Number) em.createNativeQuery("select count(*) from (" + union + ") e")
            .setParameter("kommune", kommune.value()).setParameter("today", today).getSingleResult()).longValue();
    return new Result(rows, total);
  }

  /** The cases of a page's rows, by id, in one statement (their collections stay unloaded). */
  public Map<UUID, CaseFile> cases(List<Row> rows) {
    if (rows.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select c from CaseFile c where c.id in :ids", CaseFile.class)
        .setParameter("ids", rows.stream().map(Row::caseId).distinct().toList()).getResultStream()
        .collect(Collectors.toMap(CaseFile::id, Function.identity()));
  }

  private static UUID uuid(Object column) {
    return column instanceof UUID id ? id : UUID.fromString(column.toString());
  }
}
