package dk.jobbro.api.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child handed over with its family, registered as a dependant on a parent's case instead of getting a programme of
 * its own (the programme is for persons 18 or over, {@link ProgrammeAge}).
 *
 * @param handoverId the child's handover; a dependant is registered once per handover
 * @param name the child's name
 * @param birthDate the child's birth date
 * @param from the takeover date: the day the kommune became responsible for the child too
 */
public record NewDependant(@NotNull UUID handoverId, @NotNull String name, @NotNull LocalDate birthDate,
    @NotNull LocalDate from) {}
