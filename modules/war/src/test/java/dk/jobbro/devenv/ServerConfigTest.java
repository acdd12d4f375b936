package dk.jobbro.devenv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

  @TempDir
  Path dir;

  /** The real command file, as the quick start renders it. */
  private ServerConfig.BootFiles forMicro() throws Exception {
    Path rendered = ServerConfig.render(dir.resolve("run.asadmin"),
        ServerConfig.localValues(5432, "jobbro", "jobbro", "secret"), List.of("extra-command"), true);
    return ServerConfig.splitForMicro(rendered);
  }

  @Test
  void theQuickStartSetsProductionsListenerSettingsOnMicrosListenersBeforeBoot() throws Exception {
    String preBoot = Files.readString(forMicro().preBoot());

    assertThat(preBoot.lines()).hasSize(2).allSatisfy(line -> assertThat(line)
        .contains(".http.server-header=false", ".http.xpowered-by=false", ".http.header-buffer-length-bytes=65536")
        .doesNotContain("http-listener-1", "http-listener-2", "thread-pool"));
    assertThat(preBoot).contains("protocol.http-listener.http.server-header=false",
        "protocol.https-listener.http.server-header=false");
  }

  @Test
  void everyOtherCommandRunsAfterBootAndWhatMicroDoesNotTakeIsLeftOut() throws Exception {
    List<String> postBoot = Files.readAllLines(forMicro().postBoot()).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

    assertThat(postBoot).anyMatch(line -> line.startsWith("create-jdbc-connection-pool"))
        .anyMatch(line -> line.startsWith("set-monitoring-level")).contains("extra-command")
        .noneMatch(line -> line.contains("protocol.") || line.contains("thread-pool")
            || line.startsWith("set-log-levels") || line.contains("@DB_HOST@"));
  }

  @Test
  void payaraServerKeepsItsOwnListenerNamesAndThreadPool() throws Exception {
    Path rendered = ServerConfig.render(dir.resolve("it.asadmin"),
        ServerConfig.localValues(5432, "jobbro", "jobbro", "secret"), List.of());
    String preBoot = Files.readString(ServerConfig.splitForBoot(rendered).preBoot());

    assertThat(preBoot).contains("protocol.http-listener-1.http.server-header=false",
        "protocol.http-listener-2.http.server-header=false", "thread-pool.http-thread-pool.max-thread-pool-size=64");
  }
}
