package dk.jobbro.handover.control;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobbro.api.handover.FieldProvenance;
import dk.jobbro.handover.entity.HandoverRevision;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

  private static final UUID HANDOVER = UUID.randomUUID();

  private static HandoverRevision revision(int n, String by, String json) {
    return new HandoverRevision(HANDOVER, n, json, by, Instant.parse("2026-11-0" + n + "T10:00:00Z"));
  }

  private static Map<String, Integer> revisionByField(List<FieldProvenance> provenance) {
    return provenance.stream().collect(Collectors.toMap(FieldProvenance::field, FieldProvenance::revision));
  }

  @Test
  void eachFieldIsCreditedToTheVersionSinceWhichItHoldsItsValue() {
    List<FieldProvenance> p = Provenance.of(List.of(
        revision(1, "redcross/anna", "{\"person\": {\"name\": \"Amina\", \"cpr\": null}, \"notes\": \"a\"}"),
        revision(2, "redcross/bo", "{\"person\": {\"name\": \"Amina\", \"cpr\": \"0101901235\"}, \"notes\": \"b\","
            + " \"education\": [{\"level\": \"BACHELOR\"}]}"),
        revision(3, "redcross/anna", "{\"person\": {\"name\": \"Amina\", \"cpr\": \"0101901235\"}, \"notes\": \"a\","
            + " \"education\": [{\"level\": \"BACHELOR\"}]}")));
    assertThat(revisionByField(p)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "person.name", 1, "person.cpr", 2, "education", 2, "notes", 3));
    assertThat(p.stream().filter(f -> f.field().equals("person.cpr")).findFirst().orElseThrow().suppliedBy())
        .isEqualTo("redcross/bo");
  }

  @Test
  void aSingleVersionSuppliedEverything() {
    List<FieldProvenance> p = Provenance.of(List.of(revision(1, "ust/x",
        "{\"person\": {\"name\": \"Amina\"}, \"health\": {\"information\": \"x\", \"consent\": {\"purpose\": \"y\"}},"
            + " \"languages\": []}")));
    assertThat(revisionByField(p)).containsOnlyKeys("person.name", "health.information", "health.consent",
        "languages");
    assertThat(p).allSatisfy(f -> assertThat(f.revision()).isEqualTo(1));
  }

  @Test
  void everyFieldOfTheProvenanceIsOneAKommuneMayAskFor() {
    assertThat(Provenance.knownFields()).containsAll(CompletenessScorer.DEFAULT_WEIGHTS.keySet());
  }
}
