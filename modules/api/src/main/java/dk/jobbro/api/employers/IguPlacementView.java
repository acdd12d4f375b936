package dk.jobbro.api.employers;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An IGU placement as the owning kommune sees it (no CPR number or name: the case id leads to the person).
 *
 * @param id the placement id
 * @param kommune the kommune whose person it is
 * @param caseId the person's case
 * @param offerId the IGU offer created on the case
 * @param employerId the company
 * @param employerCvr its CVR number
 * @param employerSector its sector
 * @param startDate first day
 * @param plannedEndDate start + 24 months
 * @param schoolWeeks 20 for forløb started before 2021-05-01, 23 from then
 * @param plannedHoursPerWeek planned average hours of practical work
 * @param payBasis EGU or ELEV
 * @param signedDate when the IGU agreement was signed
 * @param vitas the VITAS registration deadline and whether it was missed
 * @param status ACTIVE, TERMINATED or COMPLETED
 * @param endDate the actual last day, once ended
 * @param endReason why it stopped early
 * @param bonus the bonus milestones (private employers only; empty otherwise)
 * @param vacancyId the vacancy the placement fills, when it came from a match request
 * @param version the optimistic-locking version (also the ETag)
 */
@Schema(name = "IguPlacement")
public record IguPlacementView(@NotNull UUID id, @NotNull String kommune, @NotNull UUID caseId, UUID offerId,
    @NotNull UUID employerId,
    @NotNull String employerCvr, @NotNull Sector employerSector, @NotNull LocalDate startDate,
    @NotNull LocalDate plannedEndDate, int schoolWeeks,
    double plannedHoursPerWeek, @NotNull PayBasis payBasis, LocalDate signedDate, Vitas vitas,
    @NotNull IguStatus status,
    LocalDate endDate, IguEndReason endReason, @NotNull List<BonusMilestoneView> bonus, UUID vacancyId,
    long version) {

  /**
   * The VITAS registration of the agreement and education plan, due within 1 month of signing.
   *
   * @param dueDate signed date + 1 month
   * @param registeredDate when registered, if yet
   * @param late registered after the due date, or not registered and the due date has passed
   */
  @Schema(name = "IguVitas")
  public record Vitas(LocalDate dueDate, LocalDate registeredDate, boolean late) {}
}
