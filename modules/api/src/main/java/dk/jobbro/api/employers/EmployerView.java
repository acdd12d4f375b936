package dk.jobbro.api.employers;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registered company, the same for every kommune (notes are per kommune and not part of it).
 *
 * @param id the employer id
 * @param cvr the CVR number
 * @param name the company name
 * @param sector PRIVATE, MUNICIPAL or STATE
 * @param employingKommune for MUNICIPAL: the employing kommune
 * @param ministryArea for STATE: the ministry area
 * @param locationKommune where the workplace is
 * @param industryCode DB07 code
 * @param industry free-text industry
 * @param contact the contact person
 * @param registeredByKommune the kommune whose consultant registered it
 * @param registeredAt when
 * @param version the optimistic-locking version (also the ETag)
 */
@Schema(name = "Employer")
public record EmployerView(@NotNull UUID id, @NotNull String cvr, @NotNull String name, @NotNull Sector sector,
    String employingKommune,
    String ministryArea, String locationKommune, String industryCode, String industry, ContactPerson contact,
    @NotNull String registeredByKommune, @NotNull Instant registeredAt, long version) {}
