package dk.jobbro.api.shared.privacy;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One record of a section (one offer, one journal note, one version of a handover), as its facts in the order they
 * are kept.
 *
 * @param fields the record's facts
 */
@Schema(name = "InsightRecord")
public record InsightRecord(@NotNull List<InsightField> fields) {

  public InsightRecord {
    fields = List.copyOf(fields);
  }
}
