package dk.jobbro.caseload.control;

import dk.jobbro.api.caseload.ResidenceBasis;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The names of the programme and the benefit on a given date. L 140 of 2019 (the "paradigmeskift") renamed both
 * without changing their content, so the system keeps the legal type stable and shows the name that was in force on
 * the date concerned (domain.md 2.1): a letter about 2018 must say "integrationsprogram", one about 2020
 * "selvforsørgelses- og hjemrejseprogram".
 */
public final class ProgrammeLabels {

  /** L 140: the integrationsprogram is split and renamed from this date. */
  static final LocalDate PROGRAMME_RENAMED = LocalDate.of(2019, 7, 1);

  /** L 140: the integrationsydelse is renamed from this date. */
  static final LocalDate BENEFIT_RENAMED = LocalDate.of(2020, 1, 1);

  private ProgrammeLabels() {}

  /**
   * The programme's name for a person with residence {@code basis} on {@code on}. From 2019-07-01 refugees and those
   * family-reunified to refugees get the selvforsørgelses- og hjemrejseprogram; other family-reunified get the
   * introduktionsprogram.
   */
  public static String programme(ResidenceBasis basis, LocalDate on) {
    Objects.requireNonNull(basis, "residenceBasis is required");
    Objects.requireNonNull(on, "date is required");
    if (on.isBefore(PROGRAMME_RENAMED)) {
      return "integrationsprogram";
    }
    return basis.isRefugeeTrack() ? "selvforsørgelses- og hjemrejseprogram" : "introduktionsprogram";
  }

  /**
   * The name of the integration benefit (aktivloven § 22) on {@code on}. From 2020-01-01 it is the
   * selvforsørgelses- og hjemrejseydelse; the overgangsydelse paid to some groups is not distinguished here.
   */
  public static String integrationBenefit(LocalDate on) {
    Objects.requireNonNull(on, "date is required");
    return on.isBefore(BENEFIT_RENAMED) ? "integrationsydelse" : "selvforsørgelses- og hjemrejseydelse";
  }
}
