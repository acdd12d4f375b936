package dk.jobbro.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Direct JDBC access to the test PostgreSQL, to check what the API stored. */
public final class ItDatabase {

  private ItDatabase() {}

  public static Connection connect() throws SQLException {
    Properties env = new Properties();
    Path file = Path.of(System.getProperty("jobbro.war", "target/jobbro.war")).resolveSibling("devenv/it-env.properties");
    try (Reader in = Files.newBufferedReader(file)) {
      env.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("the integration-test environment is not running: " + file, e);
    }
    return DriverManager.getConnection(env.getProperty("db.url"), env.getProperty("db.user"),
        env.getProperty("db.password"));
  }
}
