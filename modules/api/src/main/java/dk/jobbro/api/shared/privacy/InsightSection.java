package dk.jobbro.api.shared.privacy;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One kind of data held on the person (the case, the offers, the journal, ...), always present, with no records when
 * Jobbro holds none of that kind: the person learns that too.
 *
 * @param key the section's stable name: case, competences, offers, benefits, assessments, danish, moves, journal,
 *     tasks, handovers, handover-versions, handover-information-requests, igu-placements, igu-bonus-milestones,
 *     match-requests, access-log
 * @param title the section's Danish heading
 * @param purpose in Danish, why Jobbro holds this kind of data and where it comes from (art. 15(1)(a) and (g))
 * @param records the records, oldest first
 */
@Schema(name = "InsightSection")
public record InsightSection(@NotNull String key, @NotNull String title, @NotNull String purpose,
    @NotNull List<InsightRecord> records) {

  public InsightSection {
    records = List.copyOf(records);
  }
}
