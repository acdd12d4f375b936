package dk.jobbro.api.employers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** The ministries' IGU targets per ministry area and year, and how far the STATE employers are: aggregates only. */
public interface IguTargets {

  IguTarget set(@NotNull String ministryArea, int year, @NotNull @Valid IguTargetSetting setting);

  /** Every ministry area with a target for the year or an active placement at the date, by area. */
  List<IguTarget> actualVersusTarget(int year, @NotNull LocalDate date);

  /** Sets (or replaces) the part of a ministry area's target for a year that one kommune takes. */
  IguKommuneTarget setForKommune(@NotNull String ministryArea, int year, @NotNull String kommune,
      @NotNull @Valid IguTargetSetting setting);

  /**
   * The area's kommune targets for the year against placements at its STATE employers running at the date, one row
   * per kommune with a target or a placement, by kommunekode.
   */
  List<IguKommuneTarget> perKommune(@NotNull String ministryArea, int year, @NotNull LocalDate date);
}
