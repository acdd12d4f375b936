package dk.jobbro.api.employers;

import dk.jobbro.api.shared.paging.Page;
import dk.jobbro.api.shared.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The national company register of the jobcentres: one company per CVR number, findable by every kommune's
 * consultants; each kommune's notes on a company are visible to that kommune only.
 */
public interface EmployerService {

  /**
   * Registers a company.
   *
   * @throws dk.jobbro.api.shared.problem.ProblemException 409 when the CVR number is registered already; the
   *     problem's detail names the existing employer's id
   */
  EmployerView register(@NotNull @Valid NewEmployer employer);

  EmployerView get(@NotNull UUID id);

  /** Companies by exact CVR number or by a name part; at least one criterion. */
  Page<EmployerView> find(String cvr, String name, @NotNull PageRequest page);

  /**
   * Whether a company with this CVR number is in the register. Caseload asks it before an offer names an employer,
   * so an offer's company is one the jobcentres know (and can find, note and match); it shows nothing of the company.
   */
  boolean isRegistered(@NotNull String cvr);

  NoteView addNote(@NotNull UUID employerId, @NotNull @Valid NewNote note);

  /** The caller's kommune's notes on the company, newest first. */
  List<NoteView> notes(@NotNull UUID employerId);
}
