package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.caseload.control.CaseLookup;
import dk.jobbro.caseload.control.EscalationQueries;
import dk.jobbro.caseload.entity.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The kommune's passed legal deadlines, longest overdue first: what a team lead follows up when the first offer or
 * the kontrakt was not given in time. Read like the worklist (access-logged as a listing); the database sorts and
 * pages them, so a page costs the same however many deadlines have passed.
 */
@ApplicationScoped
@Transactional
public class Escalations {

  @Inject
  EscalationQueries queries;

  @Inject
  CaseLookup lookup;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  public Page<Escalation> page(Escalation.Deadline only, PageRequest page) {
    LocalDate today = lookup.today();
    List<EscalationQueries.Deadline> deadlines = only == null ? List.of(EscalationQueries.Deadline.values())
        : List.of(EscalationQueries.Deadline.valueOf(only.name()));
    EscalationQueries.Result found = queries.page(caller.requireKommune(), deadlines, today, page);
    Map<UUID, CaseFile> cases = queries.cases(found.rows());
    List<Escalation> items = found.rows().stream().map(row -> {
      CaseFile c = cases.get(row.caseId());
      return switch (row.deadline()) {
        case FIRST_OFFER -> escalation(c, Escalation.Deadline.FIRST_OFFER, c.firstOfferLatestDate(), today);
        case KONTRAKT -> escalation(c, Escalation.Deadline.KONTRAKT, c.contractDueDate(), today);
      };
    }).toList();
    accessLog.recordSearch("ESCALATIONS", CaseLookup.RESOURCE, null,
        items.stream().map(e -> cases.get(e.caseId()).dataSubject()).distinct().toList());
    return new Page<>(items, page.page(), page.size(), found.total());
  }

  private static Escalation escalation(CaseFile c, Escalation.Deadline deadline, LocalDate due, LocalDate today) {
    return new Escalation(c.id(), c.fullName(), c.cpr().masked(), deadline, due, ChronoUnit.DAYS.between(due, today),
        c.assignedTo());
  }
}
