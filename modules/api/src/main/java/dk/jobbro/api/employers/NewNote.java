package dk.jobbro.api.employers;

import dk.jobbro.api.shared.validation.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param text the note: the caller's kommune's own knowledge of the company */
@Schema(name = "NewEmployerNote")
public record NewNote(@Text(max = 4000, multiline = true) String text) {}
