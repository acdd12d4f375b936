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
}
