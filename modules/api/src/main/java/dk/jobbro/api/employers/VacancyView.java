package dk.jobbro.api.employers;

import dk.jobbro.api.caseload.OfferType;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A vacancy as a consultant sees it: the own kommune's, or another kommune's that is open to the caller's kommune.
 *
 * @param id the vacancy id
 * @param kommune the kommune that registered it
 * @param employerId the company
 * @param employerName its name
 * @param title a short title
 * @param occupationCode ISCO-08 code
 * @param persons people needed
 * @param hoursPerWeek hours per week
 * @param startDate expected start
 * @param locationKommune where the work is
 * @param offerType what is offered
 * @param languages required languages
 * @param skills required skills
 * @param drivingLicenceRequired whether the job needs a driving licence
 * @param openToOtherKommuner whether other kommuner's candidates are welcome
 * @param maxCommuteKm the largest distance for them, null for any
 * @param distanceKm the approximate distance from the caller's kommune to the workplace's kommune
 * @param status OPEN, FILLED or CLOSED
 * @param version the optimistic-locking version (also the ETag)
 */
@Schema(name = "Vacancy")
public record VacancyView(@NotNull UUID id, @NotNull String kommune, @NotNull UUID employerId,
    @NotNull String employerName, @NotNull String title,
    @NotNull String occupationCode, int persons, double hoursPerWeek, @NotNull LocalDate startDate,
    String locationKommune,
    @NotNull OfferType offerType, @NotNull List<RequiredLanguage> languages, @NotNull List<String> skills,
    boolean drivingLicenceRequired, boolean openToOtherKommuner,
    Integer maxCommuteKm, double distanceKm, @NotNull VacancyStatus status, long version) {}
