package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import dk.jobbro.api.shared.problem.ProblemException;
import dk.jobbro.api.shared.security.Caller;
import dk.jobbro.caseload.control.CaseLookup;
import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.caseload.entity.JournalEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A case's journal: caseworkers' notes and the case's recorded changes (CaseHistory), newest first. Reading it is
 * access-logged like reading the case, and another kommune's case is "not found". The notes' text is never logged.
 */
@ApplicationScoped
@Transactional
public class CaseJournal {

  @Inject
  CaseLookup lookup;

  @Inject
  Caller caller;

  @PersistenceContext
  EntityManager em;

  public JournalEntryView write(UUID caseId, NewJournalNote note) {
    CaseFile c = lookup.visible(caseId, "UPDATE");
    if (note.corrects() != null && em.createNamedQuery("JournalEntry.noteOfCase", JournalEntry.class)
        .setParameter("id", note.corrects()).setParameter("caseId", c.id())
        .setParameter("note", JournalEntry.Kind.NOTE).getResultList().isEmpty()) {
      throw ProblemException.invalidField("corrects", "names no note of this case");
    }
    JournalEntry entry = JournalEntry.note(c.id(), note.category(), note.text(), note.corrects(), caller.subject());
    em.persist(entry);
    return JournalEntryView.of(entry);
  }

  public JournalEntryView get(UUID caseId, UUID entryId) {
    CaseFile c = lookup.visible(caseId, "READ");
    return em.createNamedQuery("JournalEntry.ofCase", JournalEntry.class).setParameter("id", entryId)
        .setParameter("caseId", c.id()).getResultStream().findFirst().map(JournalEntryView::of)
        .orElseThrow(() -> ProblemException.notFound("The journal entry"));
  }

  public Page<JournalEntryView> page(UUID caseId, PageRequest page) {
    CaseFile c = lookup.visible(caseId, "READ");
    var items = em.createNamedQuery("JournalEntry.pageOfCase", JournalEntry.class).setParameter("caseId", c.id())
        .setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList();
    long total = em.createNamedQuery("JournalEntry.countOfCase", Long.class).setParameter("caseId", c.id())
        .getSingleResult();
    return new Page<>(items.stream().map(JournalEntryView::of).toList(), page.page(), page.size(), total);
  }
}
