package dk.jobbro.app.audit;

import dk.jobbro.api.shared.audit.AccessLog;
import dk.jobbro.api.shared.privacy.InsightContributor;
import dk.jobbro.api.shared.privacy.InsightRows;
import dk.jobbro.api.shared.privacy.InsightSection;
import dk.jobbro.api.shared.privacy.InsightSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The access log's part of a person's insight: every logged read, search, change and export that touched the
 * person, found by the keyed hash of their CPR number, whoever did it and from whichever kommune. The person learns
 * when, in which role and from which kommune, and what was done; not which employee (the EU Court of Justice in
 * C-579/21, which Datatilsynet follows since its decision of 6 June 2024, 2024-32-0283: art. 15 covers the log's
 * dates and purposes, the employees' identity only where needed to exercise the person's rights).
 */
@ApplicationScoped
public class AccessLogInsight implements InsightContributor {

  static final Map<String, String> LABELS = Map.of("at", "Tidspunkt", "role", "Rolle",
      "kommune_kode", "Brugerens kommune", "action", "Handling", "resource_type", "Hvad", "resource_id", "Id");

  @PersistenceContext
  EntityManager em;

  @Inject
  AccessLog accessLog;

  @Override
  public List<InsightSection> sections(InsightSubject person) {
    accessLog.awaitReadsWritten();
    List<?> rows = person.cpr() == null ? List.of() : em.createNativeQuery("""
            select row_to_json(t)::text from (
              select to_char(l.at at time zone 'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI:SS') as at, l.role,
                     l.kommune_kode, l.action, l.resource_type, l.resource_id
                from audit.access_log l
               where l.persons @> array[cast(:person as text)]
               order by l.at, l.id) t""")
        .setParameter("person", accessLog.personHash(person.cpr())).getResultList();
    return List.of(new InsightSection("access-log", "Hvem har set dine oplysninger",
        "Jobbros adgangslog: hver gang dine oplysninger er læst, søgt frem, ændret eller udtrukket, af hvilken "
            + "rolle i hvilken kommune (tidspunkter i dansk tid). Loggen opbevares i en begrænset periode og "
            + "slettes derefter.", InsightRows.records(rows, LABELS)));
  }
}
