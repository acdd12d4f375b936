package dk.jobbro.employers.boundary;

import dk.jobbro.api.employers.ContactPerson;
import dk.jobbro.api.shared.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the requesting consultant tells the holding kommune with a match request.
 *
 * @param message why this person and this job (the holding kommune's caseworker reads it before answering)
 * @param contact whom to call back in the requesting kommune
 */
@Schema(name = "NewMatchRequest")
public record NewMatchRequest(@Text(max = 2000, multiline = true) String message,
    @NotNull(message = "is required") @Valid ContactPerson contact) {}
