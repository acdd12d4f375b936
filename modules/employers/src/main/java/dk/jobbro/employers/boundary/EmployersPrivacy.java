package dk.jobbro.employers.boundary;

import dk.jobbro.api.shared.privacy.ErasureItem;
import dk.jobbro.api.shared.privacy.ErasurePlan;
import dk.jobbro.api.shared.privacy.InsightRecord;
import dk.jobbro.api.shared.privacy.InsightRows;
import dk.jobbro.api.shared.privacy.InsightSection;
import dk.jobbro.api.shared.privacy.InsightSubject;
import dk.jobbro.api.shared.privacy.PersonalDataEraser;
import dk.jobbro.api.shared.privacy.InsightContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The employers module's part of the citizen's rights: the person's IGU placements with their bonus milestones and
 * the match requests that proposed the person for a vacancy (insight, GDPR art. 15), and their erasure once the case
 * is due. The placements and milestones stay (the IGU reports count them) without their free-text note; the match
 * requests go.
 */
@ApplicationScoped
public class EmployersPrivacy implements InsightContributor, PersonalDataEraser {

  static final Map<String, String> LABELS = Map.ofEntries(Map.entry("id", "Id"), Map.entry("case_id", "Sag"),
      Map.entry("kommune_kode", "Kommune"), Map.entry("offer_id", "Tilbud"), Map.entry("employer_id", "Arbejdsgiver"),
      Map.entry("employer_name", "Arbejdsgiverens navn"), Map.entry("employer_cvr", "Arbejdsgiver (CVR)"),
      Map.entry("start_date", "Start"), Map.entry("planned_end_date", "Planlagt slut"),
      Map.entry("school_weeks", "Skoleuger"), Map.entry("planned_hours_per_week", "Planlagte timer pr. uge"),
      Map.entry("pay_basis", "Lønniveau"), Map.entry("signed_date", "Aftale underskrevet"),
      Map.entry("vitas_due_date", "VITAS-registrering, frist"),
      Map.entry("vitas_registered_date", "Registreret i VITAS"),
      Map.entry("last_ordinary_job_end", "Seneste ordinære job sluttede"), Map.entry("status", "Status"),
      Map.entry("end_date", "Slut"), Map.entry("end_reason", "Årsag til ophør"), Map.entry("end_note", "Note"),
      Map.entry("registered_by", "Registreret af"), Map.entry("registered_at", "Registreret"),
      Map.entry("placement_id", "IGU-forløb"), Map.entry("kind", "Milepæl"), Map.entry("amount_kr", "Beløb (kr.)"),
      Map.entry("due_date", "Forfalder"), Map.entry("claimed_date", "Søgt"), Map.entry("paid_date", "Udbetalt"),
      Map.entry("vacancy_id", "Stilling"), Map.entry("vacancy_title", "Stillingsbetegnelse"),
      Map.entry("requesting_kommune", "Anmodende kommune"), Map.entry("candidate_kommune", "Din kommune"),
      Map.entry("match_ref", "Pseudonym"), Map.entry("score", "Match (point)"),
      Map.entry("requested_by", "Anmodet af"), Map.entry("requested_at", "Anmodet"),
      Map.entry("decided_by", "Afgjort af"), Map.entry("decided_at", "Afgjort"));

  @PersistenceContext
  EntityManager em;

  @Override
  public List<InsightSection> sections(InsightSubject person) {
    UUID id = person.caseId();
    return List.of(
        new InsightSection("igu-placements", "IGU-forløb", "Integrationsgrunduddannelse (IGU): arbejdsgiver, "
            + "perioder, skoleuger og løn, registreret af kommunen.", rows("""
                select row_to_json(t)::text from (
                  select p.*, e.name as employer_name, e.cvr as employer_cvr
                    from employers.igu_placement p join employers.employer e on e.id = p.employer_id
                   where p.case_id = :id order by p.start_date, p.id) t""", id)),
        new InsightSection("igu-bonus-milestones", "IGU-bonus", "Bonus til arbejdsgiveren, når du har været i IGU "
            + "i 6 måneder og når du gennemfører.", rows("""
                select row_to_json(t)::text from (
                  select m.* from employers.igu_bonus_milestone m
                    join employers.igu_placement p on p.id = m.placement_id
                   where p.case_id = :id order by m.due_date, m.kind) t""", id)),
        new InsightSection("match-requests", "Formidling til stillinger", "Når en virksomhedskonsulent har fundet "
            + "dig som mulig kandidat til en stilling og bedt din kommune om kontakt (uden at se dit navn).", rows("""
                select row_to_json(t)::text from (
                  select r.*, v.title as vacancy_title from employers.match_request r
                    join employers.vacancy v on v.id = r.vacancy_id
                   where r.case_id = :id order by r.requested_at, r.id) t""", id)));
  }

  @Override
  public List<ErasureItem> due(ErasurePlan plan) {
    if (plan.cases().isEmpty()) {
      return List.of();
    }
    List<ErasureItem> items = new ArrayList<>();
    List<?> requests = em.createNativeQuery("select id, candidate_kommune from employers.match_request "
        + "where case_id in (:ids) order by id").setParameter("ids", List.copyOf(plan.cases())).getResultList();
    for (Object o : requests) {
      Object[] r = (Object[]) o;
      items.add(new ErasureItem("match-request", uuid(r[0]), ((String) r[1]).strip(), "slettes"));
    }
    List<?> notes = em.createNativeQuery("select id, kommune_kode from employers.igu_placement "
        + "where case_id in (:ids) and end_note is not null order by id")
        .setParameter("ids", List.copyOf(plan.cases())).getResultList();
    for (Object o : notes) {
      Object[] r = (Object[]) o;
      items.add(new ErasureItem("igu-placement", uuid(r[0]), ((String) r[1]).strip(),
          "noten slettes; forløbet og bonusmilepælene bliver til statistikken"));
    }
    return items;
  }

  @Override
  public List<ErasureItem> erase(ErasurePlan plan) {
    List<ErasureItem> due = due(plan);
    if (due.isEmpty()) {
      return due;
    }
    List<UUID> cases = List.copyOf(plan.cases());
    em.createNativeQuery("delete from employers.match_request where case_id in (:ids)").setParameter("ids", cases)
        .executeUpdate();
    em.createNativeQuery("update employers.igu_placement set end_note = null where case_id in (:ids)")
        .setParameter("ids", cases).executeUpdate();
    return due;
  }

  private List<InsightRecord> rows(String sql, UUID id) {
    return InsightRows.records(em.createNativeQuery(sql).setParameter("id", id).getResultList(), LABELS);
  }

  private static UUID uuid(Object o) {
    return o instanceof UUID u ? u : UUID.fromString(o.toString());
  }
}
