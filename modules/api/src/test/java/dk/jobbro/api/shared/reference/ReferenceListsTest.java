package dk.jobbro.api.shared.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceListsTest {

  @Test
  void iscoHoldsEveryLevelOfTheIloStructure() {
    assertThat(Isco08.groupsAtLevel(1)).isEqualTo(10);
    assertThat(Isco08.groupsAtLevel(2)).isEqualTo(43);
    assertThat(Isco08.groupsAtLevel(3)).isEqualTo(130);
    assertThat(Isco08.groupsAtLevel(4)).isEqualTo(436);
    assertThat(Isco08.title("7115")).contains("Carpenters and joiners");
  }

  @Test
  void iscoTakesGroupsOfEveryLevelAndDiscoCodesOfAKnownUnitGroup() {
    assertThat(Isco08.isKnown("7")).isTrue();
    assertThat(Isco08.isKnown("71")).isTrue();
    assertThat(Isco08.isKnown("711")).isTrue();
    assertThat(Isco08.isKnown("7115")).isTrue();
    assertThat(Isco08.isKnown("0110")).as("armed forces, a minor group with one unit group").isTrue();
    assertThat(Isco08.isKnown("711510")).as("DISCO-08 detail of 7115").isTrue();
    assertThat(Isco08.isKnown("7999")).isFalse();
    assertThat(Isco08.isKnown("79")).isFalse();
    assertThat(Isco08.isKnown("799910")).isFalse();
    assertThat(Isco08.isKnown("71a5")).isFalse();
    assertThat(Isco08.isKnown("7115100")).isFalse();
  }

  @Test
  void anOccupationCodesFormIsOneToSixDigitsKnownOrNot() {
    assertThat(List.of("7", "7999", "711510", "000000")).allMatch(Isco08::hasCodeForm);
    assertThat(Arrays.asList(null, "", "7115100", "71a5", " 7115", "7115\n", "٧١١٥"))
        .as("empty, too long, letters, spaces, a line break, Arabic-Indic digits").noneMatch(Isco08::hasCodeForm);
    assertThat(Isco08.hasCodeForm(new StringBuilder("7115"))).as("any character sequence").isTrue();
  }

  @Test
  void db07HoldsTheFourLevelsInForce() {
    assertThat(Db07.codesOfLength(2)).isEqualTo(88);
    assertThat(Db07.codesOfLength(3)).isEqualTo(272);
    assertThat(Db07.codesOfLength(4)).isEqualTo(615);
    assertThat(Db07.codesOfLength(6)).isEqualTo(737);
    assertThat(Db07.codesOfLength(5)).isZero();
    assertThat(Db07.title("412000")).contains("Opførelse af bygninger");
  }

  @Test
  void db07RefusesWithdrawnAndMadeUpCodes() {
    assertThat(Db07.isKnown("412000")).isTrue();
    assertThat(Db07.isKnown("41")).isTrue();
    assertThat(Db07.isKnown("011100")).isTrue();
    assertThat(Db07.isKnown("421000")).as("split into 42.11-42.13 in 2013").isFalse();
    assertThat(Db07.isKnown("479110")).as("split into internet retail codes in 2014").isFalse();
    assertThat(Db07.isKnown("41200")).isFalse();
    assertThat(Db07.isKnown("123456")).isFalse();
    assertThat(Db07.isKnown("999999")).as("DST's own code for an industry not stated").isTrue();
  }
}
