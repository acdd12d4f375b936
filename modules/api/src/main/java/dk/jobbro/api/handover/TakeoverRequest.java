package dk.jobbro.api.handover;

import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.ValidCpr;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The receiving kommune takes over. Both fields are optional.
 *
 * @param takeoverDate the takeover date; defaults to the expected takeover date; may be earlier (agreed)
 * @param cpr the CPR number, when the handover had none (the case needs one)
 */
@Schema(name = "TakeoverRequest")
public record TakeoverRequest(@DateRange LocalDate takeoverDate, @ValidCpr String cpr) {}
