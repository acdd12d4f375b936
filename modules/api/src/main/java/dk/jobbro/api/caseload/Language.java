package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.validation.Text;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A language the person speaks.
 *
 * @param language the language: ISO 639-1 code, or another code or name that {@link
 *     dk.jobbro.api.shared.LanguageCode} knows (e.g. "ar", "tir", "English", "dansk"); stored as the ISO 639-1 code
 * @param level how well
 */
@Schema(name = "Language")
public record Language(@Text(max = 40) String language, @NotNull(message = "is required") LanguageLevel level) {}
