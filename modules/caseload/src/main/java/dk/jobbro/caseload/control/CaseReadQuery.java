package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.CompetenceProfile;
import dk.jobbro.api.caseload.DanishTestPassed;
import dk.jobbro.api.caseload.LanguageLevel;
import dk.jobbro.api.shared.KommuneKode;
import dk.jobbro.api.shared.json.Jsonp;
import dk.jobbro.caseload.entity.CaseEducation;
import dk.jobbro.caseload.entity.CaseFile;
import dk.jobbro.caseload.entity.CaseLanguage;
import dk.jobbro.caseload.entity.CaseWorkExperience;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A case of one kommune with its languages, education, work experience, skills and Danish tests, in one statement
 * and without the ORM, for the case read (the API's most common request). Loading it as an entity cost two queries
 * (the case with its collections joined, then its Danish tests) and Hibernate's session and hydration of the joined
 * rows, which was most of what a case read costs beyond a trivial authenticated request. Here each collection comes
 * as one JSON array column beside the case's own columns, and the case is built with {@link CaseFile#fromRow}, so the
 * view is rendered by the same code as an entity's. Changes still load the entity.
 *
 * <p>Runs on a connection of its own, outside any transaction: a caller inside a transaction must read through the
 * entity manager, which sees that transaction's unflushed changes.
 */
@ApplicationScoped
public class CaseReadQuery {

  // the same rows as the mapping's: an anonymised case is nobody's (@SQLRestriction on CaseFile), the ordered lists
  // by their order column, the Danish tests as DanishTest.byCase orders them
  private static final String SELECT = """
      select c.id, c.kommune_kode, c.cpr_cipher, c.cpr_index, c.full_name, c.gender, c.birth_date,
             c.country_of_origin, c.driving_licence, c.handover_id, c.household_id, c.residence_basis,
             c.residence_permit_date, c.visitation_decision_date, c.cpr_registration_date, c.expected_takeover_date,
             c.takeover_date, c.takeover_agreed, c.first_offer_target_date, c.first_offer_latest_date,
             c.first_offer_date, c.contract_due_date, c.contract_signed_date, c.programme_planned_end,
             c.programme_end_date, c.programme_end_reason, c.job_readiness, c.danish_track, c.danish_module,
             c.self_supporting_date, c.self_supporting_kind, c.assigned_to, c.status, c.registered_at,
             c.registered_by, c.version,
             (select json_agg(json_build_object('language', l.language, 'level', l.level))
                from caseload.case_language l where l.case_id = c.id) as languages,
             (select json_agg(json_build_object('level', e.level, 'years', e.years, 'field', e.field,
                                                'country', e.country, 'recognised', e.recognised) order by e.position)
                from caseload.case_education e where e.case_id = c.id) as education,
             (select json_agg(json_build_object('occupationCode', w.occupation_code, 'description', w.description,
                                                'years', w.years) order by w.position)
                from caseload.case_work_experience w where w.case_id = c.id) as work_experience,
             (select json_agg(s.skill order by s.position)
                from caseload.case_skill s where s.case_id = c.id) as skills,
             (select json_agg(json_build_object('test', t.test, 'passedOn', t.passed_on) order by t.passed_on, t.id)
                from caseload.danish_test t where t.case_id = c.id) as danish_tests
        from caseload.case_file c
       where c.id = ? and c.kommune_kode = ? and c.anonymised_at is null""";

  /** A case as read, and the Danish tests the person passed, oldest first. */
  public record Found(CaseFile caseFile, List<DanishTestPassed> danishTests) {}

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  /** The case if it exists and belongs to this kommune. */
  public Optional<Found> find(UUID id, KommuneKode kommune) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SELECT)) {
      s.setObject(1, id);
      s.setString(2, kommune.value());
      try (ResultSet row = s.executeQuery()) {
        return row.next() ? Optional.of(found(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the case could not be read", e);
    }
  }

  private static Found found(ResultSet row) throws SQLException {
    CaseFile caseFile = CaseFile.fromRow(row,
        list(row, "languages", o -> new CaseLanguage(o.getString("language"),
            LanguageLevel.valueOf(o.getString("level")))),
        list(row, "education", o -> new CaseEducation(new CompetenceProfile.Education(
            CompetenceProfile.EducationLevel.valueOf(o.getString("level")), integer(o, "years"),
            text(o, "field"), text(o, "country"), o.isNull("recognised") ? null : o.getBoolean("recognised")))),
        list(row, "work_experience", o -> new CaseWorkExperience(new CompetenceProfile.WorkExperience(
            text(o, "occupationCode"), text(o, "description"), integer(o, "years")))),
        array(row, "skills").getValuesAs(JsonString::getString));
    return new Found(caseFile, list(row, "danish_tests",
        o -> new DanishTestPassed(o.getString("test"), LocalDate.parse(o.getString("passedOn")))));
  }

  /** A JSON array column of objects, each made into an element; no rows make an empty list. */
  private static <T> List<T> list(ResultSet row, String column, Function<JsonObject, T> element)
      throws SQLException {
    return array(row, column).getValuesAs(JsonObject.class).stream().map(element).toList();
  }

  private static JsonArray array(ResultSet row, String column) throws SQLException {
    String json = row.getString(column);
    if (json == null) { // json_agg over no rows is null, not []
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
      return reader.readArray();
    }
  }

  private static String text(JsonObject o, String name) {
    return o.isNull(name) ? null : o.getString(name);
  }

  private static Integer integer(JsonObject o, String name) {
    return o.isNull(name) ? null : o.getInt(name);
  }
}
