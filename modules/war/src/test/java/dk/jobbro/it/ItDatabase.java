package dk.jobbro.it;

import dk.jobbro.api.shared.security.PersonalDataCipher;
import dk.jobbro.devenv.LocalKeys;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;

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

  /** Connections given back and not yet lent again; a few, since the tests seldom hold more than one at once. */
  private static final Deque<Connection> IDLE = new ConcurrentLinkedDeque<>();
  private static final int MAX_IDLE = 8;

  private ItDatabase() {}

  /** The blind index a case stores for a CPR number (DDMMYY-SSSS or 10 digits): {@code case_file.cpr_index}. */
  public static byte[] cprIndex(String cpr) {
    return CIPHER.blindIndex(cpr.replace("-", ""));
  }

  /** The person key a handover of this CPR number stores: {@code handover.person_key}. */
  public static String personKey(String cpr) {
    return "cpr:" + CIPHER.blindIndexHex(cpr.replace("-", ""));
  }

  /**
   * A connection to the test database, which the caller closes. Closing hands it back for the next caller in this JVM
   * (rolled back, in auto-commit, without advisory locks): a new connection costs the C1-compiled test JVM a
   * SCRAM-SHA-256 key derivation of 4,096 HMAC rounds, which made opening connections an eighth of the black-box test
   * JVM's CPU.
   */
  public static Connection connect() throws SQLException {
    for (Connection idle = IDLE.pollFirst(); idle != null; idle = IDLE.pollFirst()) {
      if (!idle.isClosed()) {
        return lent(idle);
      }
    }
    Properties env = environment();
    return lent(DriverManager.getConnection(env.getProperty("db.url"), env.getProperty("db.user"),
        env.getProperty("db.password")));
  }

  /** The connection as its borrower sees it: usable until closed, and closing gives it back. */
  private static Connection lent(Connection connection) {
    AtomicBoolean returned = new AtomicBoolean();
    return (Connection) Proxy.newProxyInstance(ItDatabase.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "close" -> {
            if (returned.compareAndSet(false, true)) {
              giveBack(connection);
            }
            yield null;
          }
          case "isClosed" -> returned.get() || connection.isClosed();
          default -> {
            if (returned.get()) {
              throw new SQLException("connection already closed");
            }
            try {
              yield method.invoke(connection, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }
        });
  }

  private static void giveBack(Connection connection) throws SQLException {
    try {
      if (!connection.isClosed()) {
        if (!connection.getAutoCommit()) {
          connection.rollback();
          connection.setAutoCommit(true);
        }
        try (Statement unlock = connection.createStatement()) {
          unlock.execute("select pg_advisory_unlock_all()");
        }
        if (IDLE.size() < MAX_IDLE) {
          IDLE.addFirst(connection);
          return;
        }
      }
    } catch (SQLException broken) {
      // closed below, like any connection the idle list has no room for
    }
    connection.close();
  }

  /** How long {@link #countReaching} waits: far more than the access log's writer takes under any test's load. */
  public static final java.time.Duration LOG_CATCH_UP = java.time.Duration.ofSeconds(10);

  /** The number a query such as {@code select count(*) ...} answers, on a connection of its own. */
  public static long count(String sql, Object... params) throws SQLException {
    try (Connection c = connect()) {
      return count(c, sql, params);
    }
  }

  /**
   * What {@link #count} answers once it answers at least {@code atLeast}, or after {@link #LOG_CATCH_UP}: a case read's
   * access-log row is written by the server's writer thread a moment after the answer (AccessLogBuffer), so a test
   * that counts those rows waits for them. More rows than expected still show.
   */
  public static long countReaching(long atLeast, String sql, Object... params) throws SQLException {
    long deadline = System.nanoTime() + LOG_CATCH_UP.toNanos();
    try (Connection c = connect()) {
      long n = count(c, sql, params);
      while (n < atLeast && System.nanoTime() < deadline) {
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        n = count(c, sql, params);
      }
      return n;
    }
  }

  /** The same on the caller's connection, inside its transaction; a {@code String[]} is bound as a text array. */
  public static long count(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        if (params[i] instanceof String[] array) {
          s.setArray(i + 1, c.createArrayOf("text", array));
        } else {
          s.setObject(i + 1, params[i]);
        }
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** A connection to another database on the test server, such as one a test creates for itself. */
  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), user(), password());
  }

  /** The JDBC address of the test database, the one the test domain's deployments use. */
  public static String url() {
    return environment().getProperty("db.url");
  }

  /** The JDBC address of a database on the test server. */
  public static String url(String database) {
    String url = url();
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
