package dk.jobbro.it;

import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.devenv.LocalKeys;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Direct JDBC access to the test PostgreSQL, to check what the API stored. */
public final class ItDatabase {

  /**
   * The test domain's encryption keys (LocalKeys), current and previous, so a test can check and arrange what is
   * stored: CPR numbers and handover content are encrypted at rest.
   */
  public static final PersonalDataCipher CIPHER = new PersonalDataCipher(name -> Optional.ofNullable(Map.of(
      PersonalDataCipher.KEY_ID, LocalKeys.KEY_ID,
      PersonalDataCipher.KEY_PREFIX + LocalKeys.KEY_ID, LocalKeys.KEY,
      LocalKeys.PREVIOUS_KEY_PROPERTY, LocalKeys.PREVIOUS_KEY,
      PersonalDataCipher.INDEX_KEY, LocalKeys.INDEX_KEY).get(name)));

  private ItDatabase() {}

  /** The blind index a case stores for a CPR number (DDMMYY-SSSS or 10 digits): {@code case_file.cpr_index}. */
  public static byte[] cprIndex(String cpr) {
    return CIPHER.blindIndex(cpr.replace("-", ""));
  }

  /** The person key a handover of this CPR number stores: {@code handover.person_key}. */
  public static String personKey(String cpr) {
    return "cpr:" + CIPHER.blindIndexHex(cpr.replace("-", ""));
  }

  public static Connection connect() throws SQLException {
    Properties env = environment();
    return DriverManager.getConnection(env.getProperty("db.url"), env.getProperty("db.user"),
        env.getProperty("db.password"));
  }

  /** A connection to another database on the test server, such as one a test creates for itself. */
  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), user(), password());
  }

  /** The JDBC address of a database on the test server. */
  public static String url(String database) {
    String url = environment().getProperty("db.url");
    return url.substring(0, url.lastIndexOf('/') + 1) + database;
  }

  public static String user() {
    return environment().getProperty("db.user");
  }

  public static String password() {
    return environment().getProperty("db.password");
  }

  private static Properties environment() {
    Properties env = new Properties();
    Path file = Path.of(System.getProperty("jobbro.war", "target/jobbro.war")).resolveSibling("devenv/it-env.properties");
    try (Reader in = Files.newBufferedReader(file)) {
      env.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("the integration-test environment is not running: " + file, e);
    }
    return env;
  }
}
