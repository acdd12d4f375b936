package dk.jobbro.caseload.boundary;

import dk.jobbro.api.shared.validation.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param reason why the offer does not start (the company withdrew, the person moved, ...) */
@Schema(name = "OfferCancellation")
public record OfferCancellation(@Text(max = 1000, multiline = true) String reason) {}
