package dk.jobbro.api.employers;

import dk.jobbro.api.shared.validation.KnownOccupationCode;
import dk.jobbro.api.caseload.OfferType;
import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Decimals;
import dk.jobbro.api.shared.validation.Text;
import dk.jobbro.api.shared.validation.WellFormedKommuneKode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A company's demand for people, registered by the caller's kommune. Numbers are checked in code.
 *
 * @param employerId the company
 * @param title a short title
 * @param occupationCode ISCO-08/DISCO-08 code, 1 to 6 digits
 * @param persons how many people are needed (1 to 1,000)
 * @param hoursPerWeek hours per week (above 0, at most 60)
 * @param startDate the expected start
 * @param locationKommune where the work is
 * @param offerType IGU, LOENTILSKUD, VIRKSOMHEDSPRAKTIK or ORDINARY_JOB
 * @param languages required languages with minimum levels
 * @param skills required skills, free text (matched against the person's skills, trimmed and without case)
 * @param drivingLicenceRequired whether the job needs a driving licence (default no)
 * @param openToOtherKommuner whether candidates of other kommuner are welcome
 * @param maxCommuteKm for other kommuner: the largest straight-line distance between kommune centroids (1 to 500);
 *     null means any distance
 */
@Schema(name = "NewVacancy")
public record NewVacancy(
    @NotNull(message = "is required") java.util.UUID employerId,
    @Text(max = 200) String title,
    @NotNull(message = "is required")
        @Pattern(regexp = "\\d{1,6}", message = "must be an ISCO-08/DISCO-08 code of 1 to 6 digits")
        @KnownOccupationCode String occupationCode,
    @NotNull(message = "is required") Integer persons,
    @NotNull(message = "is required") @Decimals(value = 1, min = 0.1, max = 60) Double hoursPerWeek,
    @NotNull(message = "is required") @DateRange LocalDate startDate,
    @NotNull(message = "is required") @WellFormedKommuneKode String locationKommune,
    @NotNull(message = "is required") OfferType offerType,
    List<@Valid @NotNull(message = "must not be null") RequiredLanguage> languages,
    List<@NotNull(message = "must not be null") @Text(max = 100) String> skills,
    Boolean drivingLicenceRequired,
    boolean openToOtherKommuner,
    Integer maxCommuteKm) {}
