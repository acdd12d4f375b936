package dk.jobbro.api.employers;

import dk.jobbro.api.shared.concurrency.IfMatch;
import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Companies' demand for people. A consultant sees the own kommune's vacancies and the open ones of other kommuner
 * that welcome candidates from within the commute of the caller's kommune (distance between kommune centroids,
 * computed in the database); the others are "not found". Only the registering kommune changes a vacancy.
 */
public interface VacancyService {

  VacancyView open(@NotNull @Valid NewVacancy vacancy);

  VacancyView get(@NotNull UUID id);

  /** The visible vacancies, optionally only OPEN/FILLED/CLOSED ones, nearest start first. */
  Page<VacancyView> list(VacancyStatus status, @NotNull PageRequest page);

  /** Marks the own kommune's vacancy FILLED or CLOSED. */
  VacancyView close(@NotNull UUID id, IfMatch version, @NotNull VacancyStatus status);
}
