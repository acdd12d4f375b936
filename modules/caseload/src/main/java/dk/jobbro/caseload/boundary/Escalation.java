package dk.jobbro.caseload.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A legal deadline of a case that has passed without being met, for the kommune's team lead.
 *
 * @param caseId the case
 * @param name the person's name
 * @param cpr the CPR number, masked
 * @param deadline which legal deadline passed
 * @param dueDate the legal latest date
 * @param daysOverdue whole days since the due date (1 on the day after it)
 * @param assignedTo the caseworker the case is assigned to; absent when it waits in the kommune's queue
 */
@Schema(name = "Escalation")
public record Escalation(@NotNull UUID caseId, @NotNull String name, @NotNull String cpr,
    @NotNull Deadline deadline, @NotNull LocalDate dueDate, long daysOverdue, String assignedTo) {

  /** The legal deadlines of the integration programme that escalate when missed. */
  @Schema(name = "EscalatedDeadline")
  public enum Deadline {
    /** The first company-oriented offer, at the latest 1 month after the takeover. */
    FIRST_OFFER,
    /** The integration kontrakt, at the latest 1 month after the takeover. */
    KONTRAKT
  }
}
