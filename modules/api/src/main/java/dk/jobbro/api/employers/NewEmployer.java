package dk.jobbro.api.employers;

import dk.jobbro.api.shared.validation.KnownIndustryCode;
import dk.jobbro.api.shared.validation.Text;
import dk.jobbro.api.shared.validation.ValidCvr;
import dk.jobbro.api.shared.validation.WellFormedKommuneKode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A company to register. Sector-specific fields: {@code employingKommune} is required for MUNICIPAL and
 * {@code ministryArea} for STATE; both must be absent otherwise. Industry is a DB07 code, a free text, or both.
 *
 * @param cvr the CVR number (8 digits, modulus 11)
 * @param name the company name
 * @param sector PRIVATE, MUNICIPAL or STATE
 * @param employingKommune the kommunekode of the kommune that employs (MUNICIPAL only)
 * @param ministryArea the ministry area code (STATE only), e.g. FORSVARSMINISTERIET
 * @param locationKommune the kommunekode where the workplace is
 * @param industryCode DB07 code (Dansk Branchekode 2007), 2 to 6 digits
 * @param industry free-text industry
 * @param contact the contact person
 */
@Schema(name = "NewEmployer")
public record NewEmployer(
    @NotNull(message = "is required") @ValidCvr String cvr,
    @Text(max = 200) String name,
    @NotNull(message = "is required") Sector sector,
    @WellFormedKommuneKode String employingKommune,
    @Pattern(regexp = MinistryAreas.PATTERN, message = MinistryAreas.MESSAGE) String ministryArea,
    @NotNull(message = "is required") @WellFormedKommuneKode String locationKommune,
    @Pattern(regexp = "\\d{2,6}", message = "must be a DB07 code of 2 to 6 digits") @KnownIndustryCode
        String industryCode,
    @Text(max = 200, required = false) String industry,
    @Valid ContactPerson contact) {}
