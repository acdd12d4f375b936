package dk.jobbro.api.employers;

import dk.jobbro.api.caseload.LanguageLevel;
import dk.jobbro.api.shared.validation.Text;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A language the job needs.
 *
 * @param language ISO 639-1 code, or another code or name that {@link dk.jobbro.api.shared.LanguageCode} knows
 *     (e.g. "da", "Danish"); stored as the ISO 639-1 code, as on cases
 * @param level the minimum level
 */
@Schema(name = "RequiredLanguage")
public record RequiredLanguage(@Text(max = 40) String language, @NotNull(message = "is required") LanguageLevel level) {}
