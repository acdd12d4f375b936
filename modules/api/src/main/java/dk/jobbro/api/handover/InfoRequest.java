package dk.jobbro.api.handover;

import dk.jobbro.api.shared.validation.Text;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The receiving kommune asks the sender for missing information.
 *
 * @param fields the fields wanted, named as in the provenance view (e.g. "education", "person.cpr")
 * @param message what the kommune needs, free text
 */
@Schema(name = "InfoRequest")
public record InfoRequest(
    @NotNull(message = "is required") List<@NotNull(message = "must not be null") String> fields,
    @Text(max = 2000, multiline = true) String message) {}
