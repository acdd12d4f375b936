package dk.jobbro.app.encryption;

import dk.jobbro.api.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The operator's side of the encryption of personal data at rest: how many values are still under an old key, and
 * the re-encryption that moves them to the current one (the key rotation procedure in server-config/README.md).
 * Only counts come back, never a value, so no person's data is read out and nothing goes to the access log.
 */
@Path("v1/admin/encryption")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Tag(name = "operations")
@SecurityRequirement(name = "bearer")
public class EncryptionResource {

  @Inject
  KeyRotation rotation;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getEncryptionStatus", summary = "The current encryption key and what is not yet under it",
      description = "Per encrypted column, how many values are still under another key id than "
          + "jobbro.encryption.key-id. Counts only.")
  @APIResponse(responseCode = "200", description = "The current key id and the count per column")
  public EncryptionStatus status() {
    return rotation.status();
  }

  @POST
  @Path("reencrypt")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "reencryptPersonalData", summary = "Re-encrypt every value under the current key",
      description = "The key rotation's step: after a new key is configured and made current, moves every value "
          + "still under an old key id to it, in committed batches. Safe to repeat and to run beside traffic; lookups "
          + "work throughout. When every 'remaining' is 0, the old key may be removed from the configuration.")
  @APIResponse(responseCode = "200", description = "How many values were re-encrypted, and what remains, per column")
  public EncryptionStatus reencrypt() {
    return rotation.reencrypt();
  }
}
