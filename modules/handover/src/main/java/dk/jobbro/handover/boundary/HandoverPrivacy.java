package dk.jobbro.handover.boundary;

import dk.jobbro.api.handover.FieldProvenance;
import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.privacy.ErasureItem;
import dk.jobbro.api.shared.privacy.ErasurePlan;
import dk.jobbro.api.shared.privacy.InsightContributor;
import dk.jobbro.api.shared.privacy.InsightField;
import dk.jobbro.api.shared.privacy.InsightRecord;
import dk.jobbro.api.shared.privacy.InsightRows;
import dk.jobbro.api.shared.privacy.InsightSection;
import dk.jobbro.api.shared.privacy.InsightSubject;
import dk.jobbro.api.shared.privacy.PersonalDataEraser;
import dk.jobbro.api.shared.security.EncryptedColumn;
import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.handover.control.HandoverRepository;
import dk.jobbro.handover.control.Provenance;
import dk.jobbro.handover.control.SubmissionRules;
import dk.jobbro.handover.entity.Handover;
import dk.jobbro.handover.entity.HandoverRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The handover module's part of the citizen's rights: the handovers from the asylum phase to the kommune, every
 * version of their content, who supplied each field (provenance) and the kommune's requests for more information
 * (insight, GDPR art. 15); and their anonymisation once taken over or withdrawn long ago, or once the case is due.
 */
@ApplicationScoped
public class HandoverPrivacy implements InsightContributor, PersonalDataEraser {

  static final Map<String, String> LABELS = Map.ofEntries(Map.entry("id", "Id"), Map.entry("sender", "Afsender"),
      Map.entry("receiving_kommune", "Modtagende kommune"), Map.entry("status", "Status"),
      Map.entry("case_number", "Sagsnummer i asylfasen"), Map.entry("full_name", "Navn"),
      Map.entry("visitation_decision_date", "Visitationsafgørelse"),
      Map.entry("expected_takeover_date", "Forventet overtagelse"),
      Map.entry("completeness_score", "Fuldstændighed (%)"), Map.entry("revision", "Version"),
      Map.entry("content", "Indhold"), Map.entry("sent_at", "Sendt"), Map.entry("received_at", "Modtaget"),
      Map.entry("withdrawn_at", "Trukket tilbage"), Map.entry("taken_over_at", "Overtaget"),
      Map.entry("takeover_date", "Overtagelsesdato"), Map.entry("case_id", "Sag"),
      Map.entry("merged_into", "Slået sammen med"), Map.entry("merged_at", "Slået sammen"),
      Map.entry("anonymised_at", "Anonymiseret"), Map.entry("handover_id", "Overdragelse"),
      Map.entry("supplied_by", "Leveret af"), Map.entry("supplied_at", "Leveret"), Map.entry("fields", "Felter"),
      Map.entry("message", "Besked"), Map.entry("requested_by", "Anmodet af"),
      Map.entry("requested_at", "Anmodet"), Map.entry("answered_by_revision", "Besvaret i version"));

  /** The person's handovers: the one their case was opened from, and any other to the kommune for them. */
  private static final String OF_PERSON =
      "(h.case_id = :id or (h.receiving_kommune = :kommune and h.person_key = :personKey))";

  @PersistenceContext
  EntityManager em;

  @Inject
  HandoverRepository handovers;

  @Override
  public List<InsightSection> sections(InsightSubject person) {
    List<?> ids = bind(em.createNativeQuery("select h.id from handover.handover h where " + OF_PERSON
        + " and h.anonymised_at is null order by h.sent_at, h.id"), person).getResultList();
    List<InsightRecord> provenance = new ArrayList<>();
    for (Object id : ids) {
      UUID handoverId = id instanceof UUID u ? u : UUID.fromString(id.toString());
      for (FieldProvenance p : Provenance.of(handovers.revisions(handoverId))) {
        provenance.add(new InsightRecord(List.of(new InsightField("handover_id", "Overdragelse",
                handoverId.toString()), new InsightField("field", "Felt", p.field()),
            new InsightField("revision", "Version", Integer.toString(p.revision())),
            new InsightField("supplied_by", "Leveret af", p.suppliedBy()),
            new InsightField("supplied_at", "Leveret", p.suppliedAt().toString()))));
      }
    }
    return List.of(
        new InsightSection("handovers", "Overdragelse fra asylfasen", "Oplysningerne som Udlændingestyrelsen "
            + "eller asyloperatøren sendte til kommunen, da du fik opholdstilladelse og blev visiteret.",
            rows("select row_to_json(t)::text from (select h.* from handover.handover h where " + OF_PERSON
                + " and h.anonymised_at is null order by h.sent_at, h.id) t", person,
                Map.of("content", Handover.CONTENT_COLUMN))),
        new InsightSection("handover-versions", "Overdragelsens versioner", "Hver version af overdragelsens "
            + "indhold, hvem der leverede den og hvornår.",
            rows("select row_to_json(t)::text from (select r.* from handover.handover_revision r "
                + "join handover.handover h on h.id = r.handover_id where " + OF_PERSON
                + " and h.anonymised_at is null order by h.sent_at, r.revision) t", person,
                Map.of("content", HandoverRevision.CONTENT_COLUMN))),
        new InsightSection("handover-provenance", "Hvor oplysningerne kommer fra", "For hvert felt i den "
            + "nyeste version: hvem der leverede den nuværende værdi, og i hvilken version.", provenance),
        new InsightSection("handover-information-requests", "Kommunens spørgsmål til afsenderen",
            "Når kommunen har bedt afsenderen om flere oplysninger.",
            rows("select row_to_json(t)::text from (select q.* from handover.info_request q "
                + "join handover.handover h on h.id = q.handover_id where " + OF_PERSON
                + " and h.anonymised_at is null order by q.requested_at, q.id) t", person)));
  }

  @Override
  public List<ErasureItem> due(ErasurePlan plan) {
    List<?> rows = em.createNativeQuery("""
            select id, receiving_kommune, status from handover.handover
             where anonymised_at is null
               and ((status in ('TAKEN_OVER', 'WITHDRAWN') and coalesce(taken_over_at, withdrawn_at) < :before)
                    or case_id in (:cases))
             order by id""")
        .setParameter("before", Timestamp.from(plan.handoversEndedBefore()))
        .setParameter("cases", plan.cases().isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(plan.cases()))
        .getResultList();
    return rows.stream().map(r -> (Object[]) r).map(r -> new ErasureItem("handover",
        r[0] instanceof UUID u ? u : UUID.fromString(r[0].toString()), ((String) r[1]).strip(),
        ("TAKEN_OVER".equals(r[2]) ? "overtaget" : "WITHDRAWN".equals(r[2]) ? "trukket tilbage" : "sagen slettes")
            + ": CPR-nummer, navn, sagsnummer, indhold i alle versioner og kommunens spørgsmål slettes; afsender, "
            + "kommune, status, fuldstændighed og datoer bliver til statistikken")).toList();
  }

  @Override
  public List<ErasureItem> erase(ErasurePlan plan) {
    List<ErasureItem> due = due(plan);
    if (due.isEmpty()) {
      return due;
    }
    List<UUID> ids = due.stream().map(ErasureItem::id).toList();
    // The content columns are encrypted: each emptied value is encrypted afresh (a GCM nonce is never reused)
    PersonalDataCipher cipher = PersonalDataCipher.configured();
    List<?> revisions = em.createNativeQuery("select handover_id, revision from handover.handover_revision "
        + "where handover_id in (:ids)").setParameter("ids", ids).getResultList();
    for (Object row : revisions) {
      Object[] r = (Object[]) row;
      em.createNativeQuery("update handover.handover_revision set content = :content "
              + "where handover_id = :id and revision = :revision")
          .setParameter("content", cipher.encrypt("{}", HandoverRevision.CONTENT_COLUMN.context()))
          .setParameter("id", r[0]).setParameter("revision", r[1]).executeUpdate();
    }
    em.createNativeQuery("update handover.info_request set message = '' where handover_id in (:ids)")
        .setParameter("ids", ids).executeUpdate();
    // The one statement (per handover) that clears the person's identity on the handover itself; what stays is
    // what handover.report_handover publishes. person_key held the CPR number or case number: a random key replaces it.
    for (UUID id : ids) {
      em.createNativeQuery("""
              update handover.handover
                 set cpr_cipher = null, case_number = null, full_name = '', content = :content,
                     person_key = 'anonymised:' || id, anonymised_at = now()
               where id = :id""")
          .setParameter("content", cipher.encrypt("{}", Handover.CONTENT_COLUMN.context()))
          .setParameter("id", id).executeUpdate();
    }
    return due;
  }

  private List<InsightRecord> rows(String sql, InsightSubject person) {
    return rows(sql, person, Map.of());
  }

  private List<InsightRecord> rows(String sql, InsightSubject person, Map<String, EncryptedColumn> encrypted) {
    return InsightRows.records(bind(em.createNativeQuery(sql), person).getResultList(), LABELS, encrypted);
  }

  private static jakarta.persistence.Query bind(jakarta.persistence.Query q, InsightSubject person) {
    return q.setParameter("id", person.caseId()).setParameter("kommune", person.kommune())
        // a person without a CPR number has only the handover their case came from
        .setParameter("personKey", person.cpr() == null ? "" : SubmissionRules.personKey(Cpr.parse(person.cpr())));
  }
}
