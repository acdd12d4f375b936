package dk.jobbro.api.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

  private static final String CONTEXT = "caseload.case_file.cpr";
  private final Map<String, String> config = new HashMap<>(Map.of(
      PersonalDataCipher.KEY_ID, "k1",
      PersonalDataCipher.KEY_PREFIX + "k1", "first-key-0123456789abcdef0123456789",
      PersonalDataCipher.INDEX_KEY, "index-key-0123456789abcdef0123456789"));
  private final PersonalDataCipher cipher = new PersonalDataCipher(name -> Optional.ofNullable(config.get(name)));

  @Test
  void roundTripsAndNamesTheKeyButNotTheValue() {
    String stored = cipher.encrypt("0101901235", CONTEXT);
    assertThat(stored).startsWith("k1:").doesNotContain("0101901235");
    assertThat(cipher.decrypt(stored, CONTEXT)).isEqualTo("0101901235");
    // a fresh IV each time: equal numbers do not give equal ciphertexts (that is the blind index's job)
    assertThat(cipher.encrypt("0101901235", CONTEXT)).isNotEqualTo(stored);
  }

  @Test
  void oneEncrypterSealsManyValuesEachWithItsOwnIvAndContext() {
    PersonalDataCipher.Encrypter encrypter = cipher.encrypter();
    String first = encrypter.encrypt("0101901235", CONTEXT);
    String again = encrypter.encrypt("0101901235", CONTEXT);
    String content = encrypter.encrypt("{\"notes\": \"Ærø\"}", "handover.handover.content");
    assertThat(first).startsWith("k1:").isNotEqualTo(again);
    assertThat(cipher.decrypt(first, CONTEXT)).isEqualTo("0101901235");
    assertThat(cipher.decrypt(again, CONTEXT)).isEqualTo("0101901235");
    assertThat(cipher.decrypt(content, "handover.handover.content")).isEqualTo("{\"notes\": \"Ærø\"}");
    assertThatThrownBy(() -> cipher.decrypt(content, CONTEXT)).isInstanceOf(IllegalStateException.class);
    assertThat(encrypter.encrypt(null, CONTEXT)).isNull();
  }

  @Test
  void refusesAnAlteredValueOrOneMovedToAnotherColumn() {
    String stored = cipher.encrypt("0101901235", CONTEXT);
    char[] chars = stored.toCharArray();
    chars[10] = chars[10] == 'A' ? 'B' : 'A';
    assertThatThrownBy(() -> cipher.decrypt(new String(chars), CONTEXT)).isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("0101901235");
    assertThatThrownBy(() -> cipher.decrypt(stored, "handover.handover.cpr"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void blindIndexIsStableKeyedAndNotTheValue() {
    assertThat(cipher.blindIndex("0101901235")).isEqualTo(cipher.blindIndex("0101901235")).hasSize(32)
        .isNotEqualTo(cipher.blindIndex("0101901236"));
    byte[] before = cipher.blindIndex("0101901235");
    config.put(PersonalDataCipher.INDEX_KEY, "another-index-key-0123456789abcdef0123");
    assertThat(cipher.blindIndex("0101901235")).isNotEqualTo(before);
  }

  @Test
  void oneBlindIndexerIndexesManyValuesAsEachCallWouldUnderTheKeyOfItsCreation() {
    PersonalDataCipher.BlindIndexer indexer = cipher.blindIndexer();
    for (String cpr : new String[] {"0101901235", "0101901236", "0101901235"}) {
      assertThat(indexer.index(cpr)).isEqualTo(cipher.blindIndex(cpr));
      assertThat(indexer.indexHex(cpr)).isEqualTo(cipher.blindIndexHex(cpr)).hasSize(64);
    }
    byte[] before = cipher.blindIndex("0101901235");
    config.put(PersonalDataCipher.INDEX_KEY, "another-index-key-0123456789abcdef0123");
    // the key is read once, when the indexer is made (a batch's slice), and a new one reads it again
    assertThat(indexer.index("0101901235")).isEqualTo(before);
    assertThat(cipher.blindIndexer().index("0101901235")).isNotEqualTo(before);
    config.remove(PersonalDataCipher.INDEX_KEY);
    assertThatThrownBy(cipher::blindIndexer).hasMessageContaining(PersonalDataCipher.INDEX_KEY);
  }

  @Test
  void rotationReencryptsUnderTheNewKeyAndOldValuesStayReadableMeanwhile() {
    String old = cipher.encrypt("0101901235", CONTEXT);
    byte[] index = cipher.blindIndex("0101901235");

    // step 1 and 2 of the procedure: add k2, make it current (k1 stays configured)
    config.put(PersonalDataCipher.KEY_PREFIX + "k2", "second-key-0123456789abcdef012345678");
    config.put(PersonalDataCipher.KEY_ID, "k2");
    assertThat(cipher.isCurrent(old)).isFalse();
    assertThat(cipher.decrypt(old, CONTEXT)).isEqualTo("0101901235");
    assertThat(cipher.encrypt("0101901235", CONTEXT)).startsWith("k2:");

    // step 3: the re-encryption job
    String rotated = cipher.reencrypt(old, CONTEXT);
    assertThat(rotated).startsWith("k2:");
    assertThat(cipher.isCurrent(rotated)).isTrue();
    assertThat(cipher.reencrypt(rotated, CONTEXT)).isSameAs(rotated);
    assertThat(cipher.blindIndex("0101901235")).isEqualTo(index);

    // step 4: k1 removed; what was rotated still reads, what was not would fail loudly
    config.remove(PersonalDataCipher.KEY_PREFIX + "k1");
    assertThat(cipher.decrypt(rotated, CONTEXT)).isEqualTo("0101901235");
    assertThatThrownBy(() -> cipher.decrypt(old, CONTEXT)).hasMessageContaining("jobbro.encryption.key.k1");
  }

  @Test
  void isNotReadyWithoutTheCurrentKeyOrTheIndexKey() {
    assertThat(cipher.ready()).isTrue();
    config.put(PersonalDataCipher.KEY_ID, "k9");
    assertThat(cipher.ready()).isFalse();
    config.put(PersonalDataCipher.KEY_ID, "k1");
    config.put(PersonalDataCipher.INDEX_KEY, "short");
    assertThat(cipher.ready()).isFalse();
    config.remove(PersonalDataCipher.KEY_ID);
    assertThat(cipher.ready()).isFalse();
    assertThatThrownBy(() -> cipher.encrypt("x", CONTEXT)).hasMessageContaining(PersonalDataCipher.KEY_ID);
  }
}
