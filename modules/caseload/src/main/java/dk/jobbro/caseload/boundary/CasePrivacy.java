package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.privacy.ClosedCases;
import dk.jobbro.api.shared.privacy.ErasureItem;
import dk.jobbro.api.shared.privacy.ErasurePlan;
import dk.jobbro.api.shared.privacy.InsightContributor;
import dk.jobbro.api.shared.privacy.InsightField;
import dk.jobbro.api.shared.privacy.InsightRecord;
import dk.jobbro.api.shared.privacy.InsightRows;
import dk.jobbro.api.shared.privacy.InsightSection;
import dk.jobbro.api.shared.privacy.InsightSubject;
import dk.jobbro.api.shared.privacy.PersonalDataEraser;
import dk.jobbro.caseload.entity.CaseHandoverContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Caseload's part of the citizen's rights: the case and everything recorded on it for the insight (GDPR art. 15), and
 * the anonymisation of closed cases whose retention period has run out. Reads the tables directly (whole rows, see
 * {@link InsightRows}) and writes no access-log row: the war logs the insight once, as an export.
 */
@ApplicationScoped
public class CasePrivacy implements InsightContributor, PersonalDataEraser, ClosedCases {

  /** Danish names of caseload's columns, for the person reading their insight. */
  static final Map<String, String> LABELS = Map.ofEntries(Map.entry("id", "Id"),
      Map.entry("case_id", "Sag"), Map.entry("kommune_kode", "Kommune"), Map.entry("full_name", "Navn"),
      Map.entry("gender", "Køn"), Map.entry("birth_date", "Fødselsdato"),
      Map.entry("residence_basis", "Opholdsgrundlag"), Map.entry("takeover_date", "Overtagelsesdato"),
      Map.entry("registered_at", "Oprettet"), Map.entry("registered_by", "Oprettet af"),
      Map.entry("country_of_origin", "Oprindelsesland"), Map.entry("residence_permit_date", "Opholdstilladelse"),
      Map.entry("visitation_decision_date", "Visitationsafgørelse"),
      Map.entry("cpr_registration_date", "CPR-registrering"), Map.entry("expected_takeover_date", "Forventet overtagelse"),
      Map.entry("takeover_agreed", "Overtagelse aftalt"), Map.entry("first_offer_target_date", "Første tilbud, mål"),
      Map.entry("first_offer_latest_date", "Første tilbud, senest"), Map.entry("first_offer_date", "Første tilbud"),
      Map.entry("contract_due_date", "Integrationskontrakt, frist"),
      Map.entry("contract_signed_date", "Integrationskontrakt underskrevet"),
      Map.entry("programme_planned_end", "Programmet slutter planmæssigt"),
      Map.entry("programme_end_date", "Programmet sluttede"), Map.entry("programme_end_reason", "Årsag til afslutning"),
      Map.entry("job_readiness", "Jobparathed"), Map.entry("danish_track", "Danskuddannelse"),
      Map.entry("danish_module", "Danskmodul"), Map.entry("self_supporting_date", "Selvforsørgende fra"),
      Map.entry("self_supporting_kind", "Selvforsørgelse"), Map.entry("assigned_to", "Sagsbehandler"),
      Map.entry("status", "Status"), Map.entry("handover_id", "Overdragelse"),
      Map.entry("driving_licence", "Kørekort"), Map.entry("anonymised_at", "Anonymiseret"),
      Map.entry("language", "Sprog"), Map.entry("level", "Niveau"), Map.entry("position", "Nr."),
      Map.entry("years", "År"), Map.entry("field", "Fagområde"), Map.entry("country", "Land"),
      Map.entry("recognised", "Anerkendt"), Map.entry("occupation_code", "Stillingskode (ISCO)"),
      Map.entry("description", "Beskrivelse"), Map.entry("assessed_on", "Vurderet"),
      Map.entry("category", "Kategori"), Map.entry("reason", "Begrundelse"), Map.entry("assessed_by", "Vurderet af"),
      Map.entry("recorded_at", "Registreret"), Map.entry("recorded_by", "Registreret af"), Map.entry("type", "Type"),
      Map.entry("start_date", "Start"), Map.entry("end_date", "Slut"), Map.entry("hours_per_week", "Timer pr. uge"),
      Map.entry("employer_cvr", "Arbejdsgiver (CVR)"), Map.entry("ended_early", "Afbrudt før tid"),
      Map.entry("cancelled_on", "Annulleret"), Map.entry("cancellation_reason", "Årsag til annullering"),
      Map.entry("cancelled_by", "Annulleret af"), Map.entry("start_announced", "Start meddelt"),
      Map.entry("test", "Prøve"), Map.entry("passed_on", "Bestået"), Map.entry("kind", "Art"),
      Map.entry("from_kommune", "Fra kommune"), Map.entry("to_kommune", "Til kommune"),
      Map.entry("requested_by", "Anmodet af"), Map.entry("requested_at", "Anmodet"),
      Map.entry("decided_by", "Afgjort af"), Map.entry("decided_at", "Afgjort"),
      Map.entry("requested_by_kommune", "Anmodet af kommune"), Map.entry("event", "Hændelse"),
      Map.entry("text", "Tekst"), Map.entry("corrects", "Retter notat"), Map.entry("author", "Skrevet af"),
      Map.entry("at", "Tidspunkt"), Map.entry("placement_id", "IGU-forløb"),
      Map.entry("match_request_id", "Formidlingsanmodning"), Map.entry("subject_key", "Emne"),
      Map.entry("due_date", "Frist"), Map.entry("owner", "Ansvarlig"), Map.entry("snoozed_until", "Udsat til"),
      Map.entry("snooze_reason", "Årsag til udsættelse"), Map.entry("opened_at", "Oprettet"),
      Map.entry("closed_at", "Lukket"), Map.entry("closed_by", "Lukket af"), Map.entry("notes", "Noter"),
      Map.entry("danish_classes", "Danskundervisning"), Map.entry("job_offer_description", "Jobtilbud"),
      Map.entry("job_offer_cvr", "Jobtilbud (CVR)"), Map.entry("job_offer_igu", "Jobtilbud er IGU"),
      Map.entry("health_information", "Helbredsoplysninger"),
      Map.entry("health_consent_purpose", "Samtykke til formål"),
      Map.entry("health_consent_given_on", "Samtykke givet"),
      Map.entry("from_date", "Fra"), Map.entry("household_id", "Husstand"), Map.entry("skill", "Kompetence"));

  @PersistenceContext
  EntityManager em;

  @Override
  public List<InsightSection> sections(InsightSubject person) {
    UUID id = person.caseId();
    List<InsightSection> sections = new ArrayList<>();
    List<InsightRecord> caseRecords = new ArrayList<>();
    for (InsightRecord r : rows("select row_to_json(t)::text from caseload.case_file t where t.id = :id", id)) {
      // the CPR number as the person knows it, first; the stored column is left out by InsightRows
      List<InsightField> fields = new ArrayList<>();
      fields.add(new InsightField("cpr", "CPR-nummer", person.cpr() == null ? null
          : Cpr.parse(person.cpr()).formatted()));
      fields.addAll(r.fields());
      caseRecords.add(new InsightRecord(fields));
    }
    sections.add(new InsightSection("case", "Sagen", "Integrationsprogrammet efter integrationsloven: hvem du er, "
        + "dit opholdsgrundlag og programmets frister. Oplysningerne kommer fra dig, fra overdragelsen fra "
        + "asylfasen og fra sagsbehandleren.", caseRecords));
    sections.add(new InsightSection("competences", "Sprog, uddannelse og erhvervserfaring",
        "Din kompetenceprofil, brugt til at finde tilbud og job der passer til dig.",
        concat(rows("select row_to_json(t)::text from caseload.case_language t where t.case_id = :id "
            + "order by t.language", id),
            rows("select row_to_json(t)::text from caseload.case_education t where t.case_id = :id "
                + "order by t.position", id),
            rows("select row_to_json(t)::text from caseload.case_work_experience t where t.case_id = :id "
                + "order by t.position", id),
            rows("select row_to_json(t)::text from caseload.case_skill t where t.case_id = :id "
                + "order by t.position", id))));
    sections.add(new InsightSection("offers", "Tilbud", "Virksomhedspraktik, løntilskud, IGU og andre tilbud i "
        + "programmet.", rows("select row_to_json(t)::text from caseload.offer t where t.case_id = :id "
            + "order by t.start_date, t.id", id)));
    sections.add(new InsightSection("benefits", "Ydelser", "Hvilken ydelse du modtog i hvilken periode.",
        rows("select row_to_json(t)::text from caseload.benefit_period t where t.case_id = :id "
            + "order by t.start_date, t.id", id)));
    sections.add(new InsightSection("assessments", "Vurderinger af jobparathed",
        "Sagsbehandlerens vurderinger af, om du er jobparat eller aktivitetsparat, med begrundelse.",
        rows("select row_to_json(t)::text from caseload.job_readiness_assessment t where t.case_id = :id "
            + "order by t.assessed_on, t.id", id)));
    sections.add(new InsightSection("danish", "Dansk", "Danskprøver du har bestået.",
        rows("select row_to_json(t)::text from caseload.danish_test t where t.case_id = :id "
            + "order by t.passed_on, t.id", id)));
    sections.add(new InsightSection("moves", "Flytning mellem kommuner",
        "Anmodninger om at flytte din sag til en anden kommune.",
        rows("select row_to_json(t)::text from caseload.case_move t where t.case_id = :id "
            + "order by t.requested_at, t.id", id)));
    sections.add(new InsightSection("from-handover", "Fra overdragelsen",
        "Det asylcentret overdrog til kommunen ud over dine personoplysninger: centrets noter, danskundervisning, "
            + "et jobtilbud og, med dit samtykke, helbredsoplysninger.",
        InsightRows.records(em.createNativeQuery("select row_to_json(t)::text from caseload.case_handover_content t "
            + "where t.case_id = :id").setParameter("id", id).getResultList(), LABELS,
            Map.of("health_information", CaseHandoverContent.HEALTH_COLUMN))));
    sections.add(new InsightSection("dependants", "Børn på sagen",
        "Dine børn under 18, som kom med i overdragelsen og er registreret på din sag.",
        rows("select row_to_json(t)::text from caseload.case_dependant t where t.case_id = :id "
            + "order by t.birth_date, t.id", id)));
    sections.add(new InsightSection("journal", "Journal", "Sagsbehandlerens notater og sagens ændringshistorik.",
        rows("select row_to_json(t)::text from caseload.journal_entry t where t.case_id = :id order by t.seq",
            id)));
    sections.add(new InsightSection("tasks", "Opgaver og frister",
        "Sagsbehandlerens opgaver på din sag, fx frister for første tilbud og integrationskontrakt.",
        rows("select row_to_json(t)::text from caseload.task t where t.case_id = :id "
            + "order by t.opened_at, t.id", id)));
    return sections;
  }

  @Override
  public Set<UUID> dueForErasure(LocalDate closedOnOrBefore) {
    List<?> ids = em.createNativeQuery("select id from caseload.case_file where status = 'CLOSED' "
            + "and anonymised_at is null and programme_end_date <= :day")
        .setParameter("day", Date.valueOf(closedOnOrBefore)).getResultList();
    Set<UUID> due = new HashSet<>();
    ids.forEach(o -> due.add(o instanceof UUID u ? u : UUID.fromString(o.toString())));
    return due;
  }

  @Override
  public List<ErasureItem> due(ErasurePlan plan) {
    if (plan.cases().isEmpty()) {
      return List.of();
    }
    List<?> rows = em.createNativeQuery("select id, kommune_kode from caseload.case_file where id in (:ids) "
        + "and anonymised_at is null order by id").setParameter("ids", List.copyOf(plan.cases())).getResultList();
    return rows.stream().map(r -> (Object[]) r).map(r -> new ErasureItem("case",
        r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString()), ((String) r[1]).strip(),
        "CPR-nummer, navn, kompetenceprofil, vurderinger, danskprøver, journal, opgaver og fritekst slettes; "
            + "kommune, køn, fødselsdato, opholdsgrundlag, oprindelsesland, programmets datoer, tilbud og ydelser "
            + "bliver til statistikken")).toList();
  }

  @Override
  public List<ErasureItem> erase(ErasurePlan plan) {
    List<ErasureItem> due = due(plan);
    if (due.isEmpty()) {
      return due;
    }
    List<UUID> ids = due.stream().map(ErasureItem::id).toList();
    // the children with free text or nothing the statistics count go; offers and benefit periods stay (reports)
    for (String table : List.of("journal_entry", "task", "case_language", "case_education", "case_work_experience",
        "job_readiness_assessment", "danish_test", "case_handover_content", "case_dependant", "case_skill")) {
      em.createNativeQuery("delete from caseload." + table + " where case_id in (:ids)").setParameter("ids", ids)
          .executeUpdate();
    }
    em.createNativeQuery("update caseload.offer set cancellation_reason = null where case_id in (:ids)")
        .setParameter("ids", ids).executeUpdate();
    // The one statement that clears the person's identity on the case itself. What it keeps is what
    // caseload.report_case publishes; everything else that names or describes the person goes.
    em.createNativeQuery("""
            update caseload.case_file
               set cpr_cipher = null, cpr_index = null, full_name = '', driving_licence = null, assigned_to = null,
                   anonymised_at = now()
             where id in (:ids)""").setParameter("ids", ids).executeUpdate();
    return due;
  }

  private List<InsightRecord> rows(String sql, UUID id) {
    return InsightRows.records(em.createNativeQuery(sql).setParameter("id", id).getResultList(), LABELS);
  }

  @SafeVarargs
  private static List<InsightRecord> concat(List<InsightRecord>... parts) {
    List<InsightRecord> all = new ArrayList<>();
    for (List<InsightRecord> p : parts) {
      all.addAll(p);
    }
    return all;
  }
}
