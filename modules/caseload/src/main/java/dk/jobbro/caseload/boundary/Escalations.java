package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.FirstOfferStatus;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.caseload.control.CaseLookup;
import dk.jobbro.caseload.control.CaseRepository;
import dk.jobbro.caseload.control.CaseViews;
import dk.jobbro.caseload.control.FirstOfferClock;
import dk.jobbro.caseload.entity.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The kommune's passed legal deadlines, longest overdue first: what a team lead follows up when the first offer or
 * the kontrakt was not given in time. Read like the worklist (access-logged as a listing).
 */
@ApplicationScoped
@Transactional
public class Escalations {

  @Inject
  CaseRepository cases;

  @Inject
  CaseLookup lookup;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  public Page<Escalation> page(Escalation.Deadline only, PageRequest page) {
    LocalDate today = lookup.today();
    List<Escalation> all = new ArrayList<>();
    Map<UUID, CaseFile> byId = new HashMap<>();
    for (CaseFile c : cases.pastLegalDeadlines(caller.requireKommune(), today)) {
      byId.put(c.id(), c);
      if (FirstOfferClock.status(c.firstOfferTargetDate(), c.firstOfferLatestDate(), c.firstOfferDate(), today,
          lookup.dueSoonDays()) == FirstOfferStatus.OVERDUE) {
        all.add(escalation(c, Escalation.Deadline.FIRST_OFFER, c.firstOfferLatestDate(), today));
      }
      if (CaseViews.contractOverdue(c, today)) {
        all.add(escalation(c, Escalation.Deadline.KONTRAKT, c.contractDueDate(), today));
      }
    }
    List<Escalation> chosen = all.stream().filter(e -> only == null || e.deadline() == only)
        .sorted(Comparator.comparingLong(Escalation::daysOverdue).reversed()
            .thenComparing(e -> e.caseId().toString()).thenComparing(Escalation::deadline))
        .toList();
    int from = Math.min(Math.max(page.firstResult(), 0), chosen.size());
    int to = Math.min(from + page.size(), chosen.size());
    accessLog.recordSearch("ESCALATIONS", CaseLookup.RESOURCE, null, chosen.subList(from, to).stream()
        .map(e -> byId.get(e.caseId()).dataSubject()).distinct().toList());
    return new Page<>(chosen.subList(from, to), page.page(), page.size(), chosen.size());
  }

  private static Escalation escalation(CaseFile c, Escalation.Deadline deadline, LocalDate due, LocalDate today) {
    return new Escalation(c.id(), c.fullName(), c.cpr().masked(), deadline, due, ChronoUnit.DAYS.between(due, today),
        c.assignedTo());
  }
}
