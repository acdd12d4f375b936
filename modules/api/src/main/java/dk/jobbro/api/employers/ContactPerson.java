package dk.jobbro.api.employers;

import dk.jobbro.api.shared.validation.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The company's contact person for the jobcentre; business contact data, not a person in the programme.
 *
 * @param name the name
 * @param email e-mail address
 * @param phone phone number
 */
@Schema(name = "ContactPerson")
public record ContactPerson(
    @Text(max = 120) String name,
    @Text(max = 200, required = false) String email,
    @Text(max = 40, required = false) String phone) {}
