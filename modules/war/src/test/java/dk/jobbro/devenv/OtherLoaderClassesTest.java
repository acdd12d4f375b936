package dk.jobbro.devenv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherLoaderClassesTest {

  private static final String APP = "for instance a 'jdk/internal/loader/ClassLoaders$AppClassLoader'";
  private static final String WEB = "for instance a 'org/glassfish/web/loader/WebappClassLoader'";

  /** Two lines per class, as {@code -Xlog:class+load=debug} writes them. */
  private static List<String> loaded(String name, String source, String address, String links, String loader) {
    return List.of("[0.1s][info ][class,load] " + name + " source: " + source,
        "[0.1s][debug][class,load]  klass: " + address + " super: " + links + " loader: [loader data: 0x00007f01 "
            + loader + "] bytes: 10 checksum: 0a0b0c0d");
  }

  @Test
  void aWebApplicationClassIsListedAfterTheBuiltInClassesItExtendsWithTheirIds() {
    List<String> log = new java.util.ArrayList<>();
    log.addAll(loaded("java.lang.Object", "shared objects file", "0x0000000000000001", "0x0000000000000000",
        "of 'bootstrap'"));
    log.addAll(loaded("java.io.Serializable", "jrt:/java.base", "0x0000000000000002", "0x0000000000000001",
        "of 'bootstrap'"));
    log.addAll(loaded("org.hibernate.Base", "file:/root/applications/jobbro/WEB-INF/lib/hibernate.jar",
        "0x0000000000000003", "0x0000000000000001 interfaces: 0x0000000000000002", WEB));
    log.addAll(loaded("org.hibernate.Sub", "file:/root/applications/jobbro/WEB-INF/lib/hibernate.jar",
        "0x0000000000000004", "0x0000000000000003", WEB));

    List<String> lines = OtherLoaderClasses.classListLines(log, jar -> Path.of("/copy").resolve(jar.getFileName()));

    assertThat(lines).containsExactly(
        "java/lang/Object id: 0",
        "java/io/Serializable id: 1",
        "org/hibernate/Base id: 2 super: 0 interfaces: 1 source: /copy/hibernate.jar",
        "org/hibernate/Sub id: 3 super: 2 source: /copy/hibernate.jar");
  }

  @Test
  void aClassOnAGeneratedClassOrASecondCopyOfANameOrFromNoJarIsLeftOut() {
    List<String> log = new java.util.ArrayList<>();
    log.addAll(loaded("java.lang.Object", "shared objects file", "0x0000000000000001", "0x0000000000000000",
        "of 'bootstrap'"));
    log.addAll(loaded("com.sun.ejb.Proxy_Serializable", "__JVM_LookupDefineClass__", "0x0000000000000002",
        "0x0000000000000001", APP));
    log.addAll(loaded("org.example.OnGenerated", "file:/lib/a.jar", "0x0000000000000003", "0x0000000000000002",
        WEB));
    log.addAll(loaded("org.example.Twice", "file:/lib/a.jar", "0x0000000000000004", "0x0000000000000001", WEB));
    log.addAll(loaded("org.example.Twice", "file:/lib/b.jar", "0x0000000000000005", "0x0000000000000001", WEB));
    log.addAll(loaded("org.example.FromDirectory", "file:/classes/", "0x0000000000000006", "0x0000000000000001",
        WEB));
    log.addAll(loaded("org.example.Gone", "file:/lib/gone.jar", "0x0000000000000007", "0x0000000000000001", WEB));

    List<String> lines = OtherLoaderClasses.classListLines(log,
        jar -> jar.toString().contains("gone") ? null : jar);

    assertThat(lines).containsExactly("java/lang/Object id: 0",
        "org/example/Twice id: 1 super: 0 source: /lib/a.jar");
  }

  @Test
  void anAddressReusedAfterUnloadingNamesTheLatestClassLoadedThere() {
    List<String> log = new java.util.ArrayList<>();
    log.addAll(loaded("java.lang.Object", "shared objects file", "0x0000000000000001", "0x0000000000000000",
        "of 'bootstrap'"));
    log.addAll(loaded("org.example.First", "file:/lib/a.jar", "0x0000000000000002", "0x0000000000000001", WEB));
    log.addAll(loaded("org.example.Second", "file:/lib/a.jar", "0x0000000000000002", "0x0000000000000001", WEB));
    log.addAll(loaded("org.example.OnSecond", "file:/lib/a.jar", "0x0000000000000003", "0x0000000000000002", WEB));

    List<String> lines = OtherLoaderClasses.classListLines(log, jar -> jar);

    assertThat(lines).contains("org/example/OnSecond id: 3 super: 2 source: /lib/a.jar")
        .contains("org/example/Second id: 2 super: 0 source: /lib/a.jar");
  }
}
