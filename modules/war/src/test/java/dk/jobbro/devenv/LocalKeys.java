package dk.jobbro.devenv;

import dk.jobbro.api.shared.security.PersonalDataCipher;

/**
 * The encryption keys of the quick start and the test domain. Fixed, so that a quick-start database stays readable
 * across restarts, and public, so that the in-container tests can check what is stored; like the demo key pair they
 * live in the test tree only and are never for a real server.
 */
public final class LocalKeys {

  public static final String KEY_ID = "local-1";
  public static final String KEY = "local-only-encryption-key-never-for-a-real-server";
  public static final String INDEX_KEY = "local-only-blind-index-key-never-for-a-real-server";

  /** A key the test domain also holds but does not encrypt under: values under it are what a rotation moves. */
  public static final String PREVIOUS_KEY_ID = "local-0";
  public static final String PREVIOUS_KEY = "local-only-previous-encryption-key-never-for-a-real-server";
  public static final String PREVIOUS_KEY_PROPERTY = PersonalDataCipher.KEY_PREFIX + PREVIOUS_KEY_ID;

  private LocalKeys() {}
}
