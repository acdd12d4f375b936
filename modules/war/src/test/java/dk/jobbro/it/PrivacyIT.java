package dk.jobbro.it;

import static dk.jobbro.it.ItDatabase.count;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.Test;

/**
 * The citizen's insight (GDPR art. 15) and the retention jobs (issue 15, points 3 and 4). Kommune 540 (Sønderborg)
 * holds this test's people; 580 (Aabenraa) is the neighbour whose consultant asks for one of them and whose
 * caseworker must see nothing. It runs against the probe deployment, which carries short retention periods in a
 * config source of its own ({@link Deployments#PROBE_SETTINGS}): closed cases after a year, handovers after a day,
 * access-log rows after 4 seconds.
 */
// Its retention run erases every access-log row older than its short period, whoever wrote it, and every report over
// the last years must read the same before and after it: that moment runs alone (ReportWriters), the rest beside the
// other probe classes.
class PrivacyIT {

  private static final LocalDate TODAY = DanishDate.today();
  private static final String KOMMUNE = "540";
  private static final String NEIGHBOUR = "580";
  private static final String CW = Tokens.caseworker(KOMMUNE);
  private static final String SENDER = Tokens.sender("privacy-it");

  private final URL base = ProbeDeployment.url();

  private Api api() {
    return new Api(base);
  }

  @Test
  void theInsightHoldsEveryModulesDataAsJsonAndAsADocument() throws Exception {
    // a handover, amended once, taken over into a case; the person starts an IGU today, or on the scheme's last start
    // date once it has closed, and is permitted and visited before it
    LocalDate iguStart = TestIgu.startOn(TODAY);
    String cpr = TestCpr.adult(false);
    Api.Reply sent = api().post("api/v1/handovers", SENDER,
        HandoverIT.handover(cpr, KOMMUNE, iguStart.minusMonths(2), iguStart.minusMonths(1)));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    String handover = sent.json().getString("id");
    Api.Reply takeover = api().post("api/v1/handovers/" + handover + "/takeover", CW, "{}");
    assertThat(takeover.status()).as(takeover.toString()).isEqualTo(200);
    String caseId = takeover.json().getString("caseId");
    // an offer, a journal note, an IGU placement, a match request from the neighbour
    String employer = employer(KOMMUNE);
    Api.Reply offer = api().post("api/v1/cases/" + caseId + "/offers", CW, """
        {"type": "VEJLEDNING_OG_OPKVALIFICERING", "startDate": "%s", "hoursPerWeek": 10}""".formatted(TODAY));
    assertThat(offer.status()).as(offer.toString()).isEqualTo(201);
    Api.Reply note = api().post("api/v1/cases/" + caseId + "/journal", CW,
        "{\"category\": \"MEETING\", \"text\": \"Samtale om tømrerarbejde.\"}");
    assertThat(note.status()).as(note.toString()).isEqualTo(201);
    Api.Reply placed = api().post("api/v1/igu-placements", Tokens.consultant(KOMMUNE), """
        {"caseId": "%s", "employerId": "%s", "startDate": "%s", "plannedHoursPerWeek": 30, "payBasis": "EGU",
         "signedDate": "%s"}""".formatted(caseId, employer, iguStart, iguStart.minusDays(10)));
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    String matchRequest = requestFromNeighbour(caseId, occupation());

    Api.Reply json = api().get("api/v1/cases/" + caseId + "/insight", CW);
    assertThat(json.status()).as(json.toString()).isEqualTo(200);
    Map<String, List<JsonObject>> sections = new LinkedHashMap<>();
    json.json().getJsonArray("sections").getValuesAs(JsonObject.class).forEach(s -> sections.put(
        s.getString("key"), s.getJsonArray("records").getValuesAs(JsonObject.class)));
    assertThat(sections.keySet()).containsExactly("case", "competences", "offers", "benefits", "assessments",
        "danish", "moves", "igu-placements", "igu-bonus-milestones", "match-requests", "handovers",
        "handover-versions", "handover-provenance", "handover-information-requests", "from-handover", "dependants",
        "journal", "tasks", "access-log");
    assertThat(value(sections.get("case").get(0), "cpr")).isEqualTo(cpr);
    assertThat(value(sections.get("case").get(0), "full_name")).isEqualTo("Amina Haddad");
    assertThat(sections.get("competences")).isNotEmpty();
    assertThat(sections.get("offers")).extracting(r -> value(r, "type"))
        .contains("VEJLEDNING_OG_OPKVALIFICERING");
    assertThat(sections.get("igu-placements")).extracting(r -> value(r, "id"))
        .containsExactly(placed.json().getString("id"));
    assertThat(sections.get("igu-bonus-milestones")).isNotEmpty();
    assertThat(sections.get("match-requests")).extracting(r -> value(r, "id")).containsExactly(matchRequest);
    assertThat(sections.get("handovers")).extracting(r -> value(r, "id")).containsExactly(handover);
    assertThat(sections.get("handover-versions")).isNotEmpty();
    assertThat(sections.get("handover-provenance")).extracting(r -> value(r, "field")).contains("person.name");
    assertThat(sections.get("journal")).extracting(r -> value(r, "text")).contains("Samtale om tømrerarbejde.");
    assertThat(sections.get("tasks")).isNotEmpty();
    // what the centre handed over beyond the person, decrypted where it is stored encrypted
    assertThat(sections.get("from-handover")).hasSize(1);
    // the stored forms of the CPR number (ciphertext, blind index, person key) are never shown as such
    assertThat(json.body()).doesNotContain("cpr_cipher").doesNotContain("cpr_index").doesNotContain("person_key");
    // the neighbour's consultant saw the person (pseudonymised): the person learns that too, not who it was
    assertThat(sections.get("access-log")).extracting(r -> value(r, "kommune_kode")).contains(NEIGHBOUR);
    assertThat(sections.get("access-log")).allSatisfy(r -> assertThat(r.toString()).doesNotContain("subject"));

    Api.Reply html = api().send(Api.request(api().uri("api/v1/cases/" + caseId + "/insight"),
        Tokens.privacyOfficer(KOMMUNE), "text/html").GET());
    assertThat(html.status()).as(html.toString()).isEqualTo(200);
    assertThat(html.contentType()).startsWith("text/html");
    assertThat(html.body()).contains("<html lang=\"da\">", "Indsigt i dine oplysninger", cpr, "Amina Haddad",
        "Samtale om tømrerarbejde.", "VEJLEDNING_OG_OPKVALIFICERING", placed.json().getString("id"), matchRequest,
        handover, "Hvem har set dine oplysninger", "@page");
    for (String key : sections.keySet()) {
      assertThat(html.body()).contains("<section id=\"" + key + "\">");
    }

    // another kommune's caseworker or privacy officer: not found; a ministry analyst: not allowed
    assertThat(api().get("api/v1/cases/" + caseId + "/insight", Tokens.caseworker(NEIGHBOUR)).status())
        .isEqualTo(404);
    assertThat(api().get("api/v1/cases/" + caseId + "/insight", Tokens.privacyOfficer(NEIGHBOUR)).status())
        .isEqualTo(404);
    assertThat(api().get("api/v1/cases/" + caseId + "/insight", Tokens.ministryAnalyst()).status()).isEqualTo(403);
    // both exports are in the access log, attributed to the person
    assertThat(count("select count(*) from audit.access_log where action = 'EXPORT' and resource_type = "
        + "'case-insight' and resource_id = ? and kommuner @> array['" + KOMMUNE + "']", UUID.fromString(caseId)))
        .isEqualTo(2);
  }

  @Test
  void retentionErasesExactlyWhatIsDueAndNoReportFigureChanges() throws Exception {
    // due: closed two years ago, with a journal note and a match request; not due: closed a month ago; open
    String due = newCase(TODAY.minusYears(3));
    String dueName = name(due);
    // an access-log row that is older than the period at the run: read now, so the rest of the set-up counts towards
    // the period instead of a wait of its own
    UUID oldRead = newestReadOf(due);
    Instant oldReadAt = Instant.now();
    api().post("api/v1/cases/" + due + "/journal", CW, "{\"category\": \"PHONE\", \"text\": \"Ringede.\"}");
    String dueRequest = requestFromNeighbour(due, occupation());
    endProgramme(due, TODAY.minusYears(2));
    String recent = newCase(TODAY.minusYears(1));
    endProgramme(recent, TODAY.minusMonths(1));
    String open = newCase(TODAY.minusMonths(2));
    assertThat(dueName).isNotBlank();

    Api.Reply preview = api().get("api/v1/retention/due", Tokens.privacyOfficer(KOMMUNE));
    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    List<String> dueIds = preview.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(i -> i.getString("id")).toList();
    assertThat(dueIds).contains(due).doesNotContain(recent, open);
    assertThat(preview.json().getString("closedCasePeriod")).isEqualTo("PT8760H");
    assertThat(dueIds).as("the match request for the person goes with the case").contains(dueRequest);
    assertThat(api().get("api/v1/retention/due", Tokens.privacyOfficer(NEIGHBOUR)).json().getJsonArray("items")
        .getValuesAs(JsonObject.class)).extracting(i -> i.getString("id")).doesNotContain(due, dueRequest);
    assertThat(api().get("api/v1/retention/due", CW).status()).isEqualTo(403);
    assertThat(api().post("api/v1/retention/runs", Tokens.privacyOfficer(KOMMUNE), "").status()).isEqualTo(403);
    assertThat(api().get("api/v1/cases/" + due, CW).status()).as("a dry run changes nothing").isEqualTo(200);

    // past the access log's 4 s period for the early read (other probe classes run meanwhile); a fresh one just
    // before the run
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), oldReadAt.plusSeconds(5)).toMillis()));
    ReportWriters.alone(() -> {
      Map<String, String> before = reports();
      api().get("api/v1/cases/" + open, CW); // a moment before the run
      UUID freshRead = newestReadOf(open);

      Api.Reply run = api().post("api/v1/retention/runs", Tokens.admin(), "");
      assertThat(run.status()).as(run.toString()).isEqualTo(200);
      assertThat(run.json().getJsonArray("erased").getValuesAs(JsonObject.class)).extracting(i -> i.getString("id"))
          .contains(due, dueRequest).doesNotContain(recent, open);
      assertThat(reports()).as("every report answers the same figures").isEqualTo(before);

      // the due case: no CPR number, no name, no free text, no match request; the statistics' facts kept
      assertThat(api().get("api/v1/cases/" + due, CW).status()).isEqualTo(404);
      assertThat(count("select count(*) from caseload.case_file where id = ? and cpr_cipher is null "
          + "and cpr_index is null and full_name = '' and anonymised_at is not null and gender is not null and programme_end_date is not null",
          UUID.fromString(due))).isEqualTo(1);
      assertThat(count("select count(*) from caseload.journal_entry where case_id = ?", UUID.fromString(due)))
          .isZero();
      assertThat(count("select count(*) from employers.match_request where case_id = ?", UUID.fromString(due)))
          .isZero();
      assertThat(count("select count(*) from caseload.case_file where full_name = ?", dueName)).isZero();
      // the others untouched
      assertThat(api().get("api/v1/cases/" + recent, CW).status()).isEqualTo(200);
      assertThat(api().get("api/v1/cases/" + open, CW).status()).isEqualTo(200);
      // the access log lost its old rows from the chain's beginning, and the chain still holds
      assertThat(count("select count(*) from audit.access_log where id = ?", oldRead)).isZero();
      assertThat(count("select count(*) from audit.access_log where id = ?", freshRead)).isEqualTo(1);
      JsonObject chain = api().get("api/v1/access-log/chain", Tokens.auditor()).json();
      assertThat(chain.getBoolean("intact")).as(chain.toString()).isTrue();

      // a second run finds nothing more to erase
      assertThat(api().post("api/v1/retention/runs", Tokens.admin(), "").json().getJsonArray("erased")
          .getValuesAs(JsonObject.class)).extracting(i -> i.getString("id")).doesNotContain(due);
    });
  }

  // --- helpers

  /** An occupation code no other candidate near the neighbour has, so the consultant's list shows ours. */
  private static String occupation() {
    return TestOccupations.unused('9');
  }

  private static String value(JsonObject record, String key) {
    return record.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("key").equals(key)).findFirst()
        .map(f -> !f.containsKey("value") || f.isNull("value") ? null : f.getString("value")).orElse(null);
  }

  /**
   * The published figures, without the time they were read at: every report, for each year from the due case's
   * takeover to this year (person counts are published per calendar year). Read side by side, since the moment they
   * belong to holds the writing probe classes back.
   */
  private Map<String, String> reports() throws Exception {
    Map<String, String> figures = new ConcurrentSkipListMap<>();
    List<String> reports = new ArrayList<>();
    for (int year = TODAY.getYear() - 3; year <= TODAY.getYear(); year++) {
      String period = "from=" + year + "-01-01&to=" + year + "-12-31";
      reports.addAll(List.of("self-supporting?year=" + year, "first-offer-compliance?" + period,
          "igu-placements?" + period, "igu-pipeline?" + period, "handover-quality?" + period,
          "programme-development?from=" + year + "-01&to=" + year + "-12"));
      if (year < TODAY.getYear()) {
        reports.add("employment-after-3-years?on=" + year + "-12-31");
      }
    }
    Parallel reading = new Parallel();
    for (String report : reports) {
      reading.add(() -> {
        Api.Reply r = api().get("api/v1/reports/" + report, Tokens.ministryAnalyst());
        assertThat(r.status()).as(report + ": " + r).isEqualTo(200);
        JsonObject body = r.json();
        figures.put(report, String.valueOf(body.get("rows")) + body.get("total") + body.get("summary"));
      });
    }
    reading.run();
    return figures;
  }

  private String newCase(LocalDate takeover) {
    Api.Reply r = api().post("api/v1/cases", CW, """
        {"cpr": "%s", "name": "Yusuf Abdi %s", "residenceBasis": "REFUGEE", "takeoverDate": "%s",
         "residencePermitDate": "%s", "languages": [{"language": "da", "level": "B1"}]}"""
        .formatted(TestCpr.adult(true), UUID.randomUUID().toString().substring(0, 8), takeover,
            takeover.minusMonths(1)));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  private String name(String caseId) {
    return api().get("api/v1/cases/" + caseId, CW).json().getString("name");
  }

  private void endProgramme(String caseId, LocalDate end) {
    String etag = api().get("api/v1/cases/" + caseId, CW).header("ETag").orElseThrow();
    Api.Reply r = api().send(Api.request(api().uri("api/v1/cases/" + caseId + "/programme/end"), CW)
        .header("Content-Type", "application/json").header("If-Match", etag)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
            "{\"endDate\": \"" + end + "\", \"reason\": \"OTHER\"}")));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  private String employer(String kommune) {
    Api.Reply r = api().post("api/v1/employers", Tokens.consultant(kommune), """
        {"cvr": "%s", "name": "Als Tømrerfirma ApS", "sector": "PRIVATE", "locationKommune": "%s"}"""
        .formatted(TestCvr.random(), kommune));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("id");
  }

  /** The neighbour's consultant finds the case (job-ready, with this occupation) and asks for the person. */
  private String requestFromNeighbour(String caseId, String occupation) {
    String etag = api().get("api/v1/cases/" + caseId, CW).header("ETag").orElseThrow();
    Api.Reply put = api().send(Api.request(api().uri("api/v1/cases/" + caseId + "/competences"), CW)
        .header("Content-Type", "application/json").header("If-Match", etag)
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
            {"education": [{"level": "VOCATIONAL", "years": 3}],
             "workExperience": [{"occupationCode": "%s", "description": "Tømrer", "years": 5}]}"""
            .formatted(occupation))));
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    Api.Reply v = api().post("api/v1/vacancies", Tokens.consultant(NEIGHBOUR), """
        {"employerId": "%s", "title": "Tømrer", "occupationCode": "%s", "persons": 1,
         "hoursPerWeek": 37, "startDate": "%s", "locationKommune": "%s", "offerType": "ORDINARY_JOB",
         "languages": [{"language": "da", "level": "B1"}], "openToOtherKommuner": true, "maxCommuteKm": 60}"""
        .formatted(employer(NEIGHBOUR), occupation, TODAY.plusMonths(1), NEIGHBOUR));
    assertThat(v.status()).as(v.toString()).isEqualTo(201);
    String vacancy = v.json().getString("id");
    List<JsonObject> others = new ArrayList<>(api().get("api/v1/vacancies/" + vacancy + "/candidates?limit=100",
        Tokens.consultant(NEIGHBOUR)).json().getJsonArray("otherKommuner").getValuesAs(JsonObject.class));
    String ref = others.stream().filter(o -> TestOccupations.isFirstOf(o, occupation))
        .findFirst().orElseThrow(() -> new AssertionError("no candidate for " + occupation + " in " + others))
        .getString("matchRef");
    Api.Reply request = api().post("api/v1/vacancies/" + vacancy + "/candidates/" + ref + "/requests",
        Tokens.consultant(NEIGHBOUR), MatchingIT.NOTE);
    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    return request.json().getString("id");
  }

  /** The newest READ row of the case, once there is one (the server writes it a moment after the answer). */
  private static UUID newestReadOf(String caseId) throws Exception {
    ItDatabase.countReaching(1, "select count(*) from audit.access_log where resource_id = ? and action = 'READ'",
        UUID.fromString(caseId));
    try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
        "select id from audit.access_log where resource_id = ? and action = 'READ' order by at desc limit 1")) {
      s.setObject(1, UUID.fromString(caseId));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getObject(1, UUID.class);
      }
    }
  }
}
