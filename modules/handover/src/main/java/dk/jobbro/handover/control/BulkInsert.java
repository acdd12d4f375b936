package dk.jobbro.handover.control;

import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.handover.entity.Handover;
import dk.jobbro.handover.entity.HandoverRevision;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Inserts many new handovers with plain JDBC, inside the caller's JTA transaction. The batch import needs
 * this: persisting ten thousand entities through the ORM one by one spends most of its time in per-entity
 * bookkeeping, while one multi-row INSERT per table and chunk is many times faster. Single submits keep using JPA.
 */
@ApplicationScoped
public class BulkInsert {

  /**
   * One statement per table for the whole chunk: each column travels as one array parameter and the rows come out
   * of unnest, so the database plans and executes one INSERT instead of one per row (a JDBC batch still sends and
   * executes every row's statement on its own).
   */
  private static final String INSERT_HANDOVERS = """
      insert into handover.handover (id, sender, receiving_kommune, status, cpr_cipher, case_number, person_key,
          full_name, visitation_decision_date, expected_takeover_date, completeness_score, revision, content,
          sent_at, version)
      select r.id, r.sender, r.kommune, r.status, r.cpr_cipher, r.case_number, r.person_key, r.full_name,
             r.visitation_decision_date, r.expected_takeover_date, r.completeness_score, r.revision, r.content, ?, 0
        from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as date[]), cast(? as date[]),
                    cast(? as integer[]), cast(? as integer[]), cast(? as text[]))
             as r(id, sender, kommune, status, cpr_cipher, case_number, person_key, full_name,
                  visitation_decision_date, expected_takeover_date, completeness_score, revision, content)""";

  private static final String INSERT_REVISIONS = """
      insert into handover.handover_revision (id, handover_id, revision, content, supplied_by, supplied_at)
      select r.id, r.handover_id, r.revision, r.content, r.supplied_by, ?
        from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as integer[]), cast(? as text[]),
                    cast(? as text[])) as r(id, handover_id, revision, content, supplied_by)""";

  @Resource(lookup = "jdbc/jobbro")
  DataSource dataSource;

  /**
   * A new handover to insert.
   *
   * @param handover the entity, described and sealed but not persisted (version 0, revision 1)
   * @param suppliedBy who supplied the first version
   * @param revisionContent the first revision's content, encrypted for the revision's column
   */
  public record Row(Handover handover, String suppliedBy, String revisionContent) {}

  /**
   * A checked handover's values encrypted for the columns that keep them: its CPR number and content, and the content
   * once more for its first revision (each column binds its own ciphertext). The batch import computes these on its
   * checking threads, where the work spreads over the cores, instead of on the thread that writes.
   */
  public record Ciphers(String cpr, String content, String revisionContent) {

    public static Ciphers of(SubmissionRules.Checked checked, PersonalDataCipher.Encrypter encrypter) {
      return new Ciphers(encrypter.encrypt(checked.facts().cpr(), Handover.CPR_COLUMN.context()),
          encrypter.encrypt(checked.content(), Handover.CONTENT_COLUMN.context()),
          encrypter.encrypt(checked.content(), HandoverRevision.CONTENT_COLUMN.context()));
    }
  }

  /**
   * The database refused a value of a record (a data exception or a violated constraint, SQL state class 22 or 23):
   * the fault of some record in the chunk, not of the database, so the caller can find it and reject only it.
   */
  public static final class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    Refused(String sqlState) {
      // no cause kept: the driver's message quotes the refused value, which may be personal data
      super("the database refused a handover's values (SQL state " + sqlState + ")");
      this.sqlState = sqlState;
    }

    public String sqlState() {
      return sqlState;
    }
  }

  /** @throws Refused when the database refuses a value of one of the rows */
  @Transactional(Transactional.TxType.MANDATORY)
  public void insert(List<Row> rows, Instant now) {
    if (rows.isEmpty()) {
      return;
    }
    int n = rows.size();
    String[][] handover = new String[13][n];
    String[][] revision = new String[5][n];
    for (int i = 0; i < n; i++) {
      Handover x = rows.get(i).handover();
      x.seal(); // nothing to encrypt when the caller sealed it already
      handover[0][i] = x.id().toString();
      handover[1][i] = x.sender();
      handover[2][i] = x.receivingKommune();
      handover[3][i] = x.status().name();
      handover[4][i] = x.cprCipher();
      handover[5][i] = x.caseNumber();
      handover[6][i] = x.personKey();
      handover[7][i] = x.fullName();
      handover[8][i] = text(x.visitationDecisionDate());
      handover[9][i] = text(x.expectedTakeoverDate());
      handover[10][i] = Integer.toString(x.completenessScore());
      handover[11][i] = Integer.toString(x.revision());
      handover[12][i] = x.contentCipher();
      revision[0][i] = UUID.randomUUID().toString();
      revision[1][i] = x.id().toString();
      revision[2][i] = Integer.toString(x.revision());
      revision[3][i] = rows.get(i).revisionContent();
      revision[4][i] = rows.get(i).suppliedBy();
    }
    Timestamp at = Timestamp.from(now);
    try (Connection c = dataSource.getConnection();
        PreparedStatement h = c.prepareStatement(INSERT_HANDOVERS);
        PreparedStatement r = c.prepareStatement(INSERT_REVISIONS)) {
      // the arrays are typed by the casts in the statements; sent_at, the one value common to all rows, comes first
      h.setTimestamp(1, at);
      for (int column = 0; column < handover.length; column++) {
        h.setArray(column + 2, c.createArrayOf("text", handover[column]));
      }
      h.executeUpdate();
      r.setTimestamp(1, at);
      for (int column = 0; column < revision.length; column++) {
        r.setArray(column + 2, c.createArrayOf("text", revision[column]));
      }
      r.executeUpdate();
    } catch (SQLException e) {
      String state = sqlState(e);
      if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
        throw new Refused(state);
      }
      throw new IllegalStateException("bulk insert of handovers failed (SQL state " + e.getSQLState() + ")", e);
    }
  }

  /** The state of the first exception in the chain that has one (a batch's failure wraps the row's). */
  private static String sqlState(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (x.getSQLState() != null && !x.getSQLState().startsWith("25")) {
        return x.getSQLState();
      }
    }
    return e.getSQLState();
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
