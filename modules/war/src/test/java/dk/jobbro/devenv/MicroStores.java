package dk.jobbro.devenv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Date;

/**
 * The key store and trust store of the quick start's Payara Micro root, written once when the root is made.
 *
 * <p>Payara reads both at every start, and Payara Micro ships them as PKCS12 files whose integrity MAC and certificate
 * bags are each protected by PBKDF2 with 10,000 HMAC rounds: six derivations per start (the key store's MAC, its
 * certificates and each of its two keys, the trust store's MAC and its certificates), about 3 % of the deployment
 * thread's CPU on the quick start's C1-only JIT (bench/README.md, "Cold start"). The password is Payara's public
 * default, so that protection keeps nothing from anyone. Here the key store keeps its two keys, each still encrypted,
 * and drops the MAC and the encryption of its public certificates. The trust store becomes the JDK's list of trusted
 * CAs, those valid today, written the same way: Payara Micro's own copy is as old as its build and logs a warning
 * with the whole certificate for each expired CA at every start. Production uses its domain's stores; nothing here
 * touches them.
 */
final class MicroStores {

  /** Payara's and the JDK's default store password. */
  private static final char[] PASSWORD = "changeit".toCharArray();
  private static final String CERT_PROTECTION = "keystore.pkcs12.certProtectionAlgorithm";
  private static final String MAC = "keystore.pkcs12.macAlgorithm";

  private MicroStores() {}

  /** Rewrites {@code config/keystore.p12} and {@code config/cacerts.p12} of a Payara Micro root. */
  static void replace(Path config) throws IOException {
    Path jdkTrust = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
    try {
      write(copy(load(config.resolve("keystore.p12")), new Date()), config.resolve("keystore.p12"));
      write(copy(load(jdkTrust), new Date()), config.resolve("cacerts.p12"));
    } catch (GeneralSecurityException e) {
      throw new IOException("could not rewrite Payara Micro's stores in " + config, e);
    }
  }

  /** A store's key entries as they are, and its trusted certificates that are valid on {@code now}. */
  static KeyStore copy(KeyStore from, Date now) throws GeneralSecurityException, IOException {
    KeyStore to = KeyStore.getInstance("PKCS12");
    to.load(null, null);
    KeyStore.PasswordProtection protection = new KeyStore.PasswordProtection(PASSWORD);
    for (String alias : Collections.list(from.aliases())) {
      if (from.isKeyEntry(alias)) {
        to.setEntry(alias, from.getEntry(alias, protection), protection);
      } else if (validOn(from.getCertificate(alias), now)) {
        to.setCertificateEntry(alias, from.getCertificate(alias));
      }
    }
    return to;
  }

  private static boolean validOn(java.security.cert.Certificate certificate, Date now) {
    if (!(certificate instanceof X509Certificate x509)) {
      return true;
    }
    try {
      x509.checkValidity(now);
      return true;
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      return false;
    }
  }

  static KeyStore load(Path file) throws GeneralSecurityException, IOException {
    return KeyStore.getInstance(file.toFile(), PASSWORD);
  }

  /**
   * Stores without MAC and with the certificates in clear. The JDK takes those two choices only from system (or
   * security) properties, read when a PKCS12 store is written; they are set around the write and put back after.
   */
  static synchronized void write(KeyStore store, Path file) throws GeneralSecurityException, IOException {
    String certProtection = System.getProperty(CERT_PROTECTION);
    String mac = System.getProperty(MAC);
    System.setProperty(CERT_PROTECTION, "NONE");
    System.setProperty(MAC, "NONE");
    Path written = file.resolveSibling(file.getFileName() + ".new");
    try (OutputStream out = Files.newOutputStream(written)) {
      store.store(out, PASSWORD);
    } finally {
      restore(CERT_PROTECTION, certProtection);
      restore(MAC, mac);
    }
    Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }
}
