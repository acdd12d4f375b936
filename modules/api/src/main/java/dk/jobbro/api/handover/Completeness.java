package dk.jobbro.api.handover;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How useful a handover is to the receiving jobcentre: many kommuner found the old PDFs too thin to use.
 *
 * @param score 0 to 100, the weighted share of useful fields present
 * @param missing the useful fields that are missing, heaviest first
 */
@Schema(name = "Completeness")
public record Completeness(int score, @NotNull List<String> missing) {

  public Completeness {
    missing = List.copyOf(missing);
  }
}
