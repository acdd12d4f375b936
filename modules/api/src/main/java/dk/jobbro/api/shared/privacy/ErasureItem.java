package dk.jobbro.api.shared.privacy;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing the retention job erases (or, in a dry run, would erase). Names the record by id only.
 *
 * @param kind what it is: case, handover, match-request, ...
 * @param id the record's id
 * @param kommune the kommune that holds it
 * @param what in words, what goes and what stays
 */
@Schema(name = "ErasureItem")
public record ErasureItem(@NotNull String kind, @NotNull UUID id, @NotNull String kommune, @NotNull String what) {}
