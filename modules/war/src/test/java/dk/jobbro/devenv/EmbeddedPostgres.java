package dk.jobbro.devenv;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL server from the zonky binaries on Maven Central, run with {@code initdb} and {@code pg_ctl}.
 *
 * <p>zonky's own Java launcher cannot run as root, and PostgreSQL refuses to; CI runs as root. As root every
 * PostgreSQL command is therefore started through {@code unshare -U}: inside a fresh user namespace the process is
 * an unprivileged user, while the files it writes stay owned by root. As a normal user the commands run directly.
 */
public final class EmbeddedPostgres {

  private static final String BINARIES_RESOURCE = "postgres-linux-x86_64.txz";
  private static final String SUPERUSER = "jobbro";

  private final Path installDir;
  private final Path dataDir;
  private final Path logFile;
  private final String password;

  public EmbeddedPostgres(Path installDir, Path dataDir, String password) {
    this.installDir = installDir;
    this.dataDir = dataDir;
    this.logFile = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    this.password = password;
  }

  public String user() {
    return SUPERUSER;
  }

  public String password() {
    return password;
  }

  /** Unpacks the binaries (once), creates the cluster (once) and starts the server on the given port. */
  public void start(int port) throws IOException, InterruptedException {
    start(port, "");
  }

  /**
   * Starts the server with extra settings on its command line ({@code -c name=value ...}), for what only one user of
   * this class needs.
   */
  public void start(int port, String settings) throws IOException, InterruptedException {
    unpackBinaries();
    if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
      initdb();
    }
    run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-l", logFile.toString(), "-w", "-t", "60",
        "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off"
            // terse: the server log keeps the error, not its DETAIL line, which quotes key values (CPR numbers)
            + " -c max_connections=200 -c log_error_verbosity=terse " + settings,
        "start"));
  }

  /** Stops the server if it runs; a missing or stale cluster is not an error. */
  public void stop() throws IOException, InterruptedException {
    if (Files.exists(dataDir.resolve("postmaster.pid")) && Files.exists(Path.of(bin("pg_ctl")))) {
      run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
    }
  }

  /** Creates the database unless it exists. */
  public void ensureDatabase(int port, String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl(port, "postgres"), SUPERUSER, password);
        var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, database);
      if (!exists.executeQuery().next()) {
        try (var create = c.createStatement()) {
          create.execute("create database \"" + database + "\" encoding 'UTF8'");
        }
      }
    }
  }

  /** Drops the database (closing its connections) and creates it again, empty. */
  public void recreateDatabase(int port, String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl(port, "postgres"), SUPERUSER, password);
        var drop = c.createStatement()) {
      drop.execute("drop database if exists \"" + database + "\" with (force)");
    }
    ensureDatabase(port, database);
  }

  public static String jdbcUrl(int port, String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** A TCP port that is free right now on the loopback interface. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void unpackBinaries() throws IOException, InterruptedException {
    if (Files.exists(Path.of(bin("postgres")))) {
      return;
    }
    Files.createDirectories(installDir);
    try (InputStream txz = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(BINARIES_RESOURCE)) {
      if (txz == null) {
        throw new IllegalStateException(BINARIES_RESOURCE + " is not on the class path (zonky binaries missing)");
      }
      Process tar = new ProcessBuilder("tar", "-xJf", "-", "-C", installDir.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      try (var stdin = tar.getOutputStream()) {
        txz.transferTo(stdin);
      }
      if (tar.waitFor() != 0) {
        throw new IllegalStateException("could not unpack the PostgreSQL binaries into " + installDir);
      }
    }
  }

  private void initdb() throws IOException, InterruptedException {
    Files.createDirectories(dataDir.getParent());
    Path pwfile = Files.createTempFile(dataDir.getParent(), "pw", ".txt");
    try {
      Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
      run(List.of(bin("initdb"), "-D", dataDir.toString(), "-U", SUPERUSER, "--pwfile=" + pwfile,
          "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"));
    } finally {
      Files.deleteIfExists(pwfile);
    }
  }

  private String bin(String name) {
    return installDir.resolve("bin").resolve(name).toString();
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (Os.isRoot()) {
      full.add("unshare");
      full.add("-U");
    }
    full.addAll(command);
    Path out = Files.createTempFile("jobbro-pg", ".log");
    try {
      Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("PostgreSQL command failed: " + command.get(0) + "\n"
            + Files.readString(out) + "\nserver log: " + logFile);
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
