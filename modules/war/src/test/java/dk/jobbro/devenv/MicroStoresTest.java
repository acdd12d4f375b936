package dk.jobbro.devenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MicroStoresTest {

  @TempDir
  Path dir;

  @Test
  void theTrustStoreKeepsOnlyTheCertificatesValidOnTheDay() throws Exception {
    KeyStore jdk = MicroStores.load(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts"));
    Date day = new Date();
    long validToday = Collections.list(jdk.aliases()).stream().filter(alias -> {
      try {
        ((X509Certificate) jdk.getCertificate(alias)).checkValidity(day);
        return true;
      } catch (Exception e) {
        return false;
      }
    }).count();

    assertThat(validToday).isPositive();
    assertThat(MicroStores.copy(jdk, day).size()).isEqualTo((int) validToday);
    // every CA the JDK knows has expired by then
    assertThat(MicroStores.copy(jdk, new Date(TimeUnit.DAYS.toMillis(365L * 200))).size()).isZero();
  }

  @Test
  void theKeyStoreIsWrittenWithoutMacButItsKeysStayEncrypted() throws Exception {
    Path store = dir.resolve("keystore.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "s1as", "-keyalg", "EC", "-dname", "CN=localhost", "-validity", "30",
        "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit").inheritIO().start();
    assertThat(keytool.waitFor()).isZero();
    // as Payara Micro ships it: the wrong password fails on the MAC
    assertThatThrownBy(() -> KeyStore.getInstance(store.toFile(), "wrong".toCharArray()))
        .hasMessageContaining("password");

    MicroStores.write(MicroStores.copy(MicroStores.load(store), new Date()), store);

    KeyStore rewritten = KeyStore.getInstance(store.toFile(), "wrong".toCharArray());
    assertThat(rewritten.getCertificate("s1as")).isNotNull();
    assertThatThrownBy(() -> rewritten.getKey("s1as", "wrong".toCharArray()))
        .isInstanceOf(UnrecoverableKeyException.class);
    assertThat(rewritten.getKey("s1as", "changeit".toCharArray())).isNotNull();
    assertThat(System.getProperty("keystore.pkcs12.macAlgorithm")).isNull();
    assertThat(Files.list(dir)).containsExactly(store);
  }
}
