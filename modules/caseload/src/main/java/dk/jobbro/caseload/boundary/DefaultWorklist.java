package dk.jobbro.caseload.boundary;

import dk.jobbro.api.caseload.Worklist;
import dk.jobbro.api.caseload.WorklistFilter;
import dk.jobbro.api.caseload.WorklistItem;
import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.caseload.control.CaseLookup;
import dk.jobbro.caseload.control.CaseRepository;
import dk.jobbro.caseload.control.CaseViews;
import dk.jobbro.caseload.entity.CaseFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The worklist: filtered, sorted and paged in the database; only the page is loaded. */
@ApplicationScoped
@Transactional
public class DefaultWorklist implements Worklist {

  @Inject
  CaseRepository cases;

  @Inject
  CaseLookup lookup;

  @Inject
  Caller caller;

  @Inject
  AccessLog accessLog;

  @Override
  public Page<WorklistItem> page(WorklistFilter filter, PageRequest page) {
    LocalDate today = lookup.today();
    var result = cases.worklist(caller.requireKommune(), filter, today, lookup.dueSoonDays(), page);
    accessLog.recordSearch("WORKLIST", CaseLookup.RESOURCE, null,
        result.items().stream().map(CaseFile::dataSubject).toList());
    Set<UUID> gaps = lookup.gaps(result.items());
    return new Page<>(result.items().stream()
        .map(c -> CaseViews.item(c, gaps.contains(c.id()), today, lookup.dueSoonDays())).toList(),
        page.page(), page.size(), result.total());
  }
}
