package dk.jobbro.api.shared.privacy;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One fact held on the person.
 *
 * @param key the stable, machine-readable name of the fact (the column it is kept in, e.g. {@code takeover_date})
 * @param label what the fact is called in Danish, for the person reading the document
 * @param value the value as text (dates ISO 8601), or null when nothing is recorded
 */
@Schema(name = "InsightField")
public record InsightField(@NotNull String key, @NotNull String label, String value) {}
