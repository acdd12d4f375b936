package dk.jobbro.api.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether a person may start an IGU (integrationsgrunduddannelse) on a date, under the rule version in force on that
 * date, with every condition that was checked.
 *
 * @param startDate the intended start date
 * @param eligible true when every condition is met
 * @param ruleVersion the rule version applied: "IGU-2016", "IGU-2021", "IGU-2022-03" (Ukraine special law),
     "IGU-2022-07"
 *     (Afghan special law), "IGU-2024", or "none" when no IGU may start on the date
 * @param conditions every condition checked, met or not
 * @param lastEligibleStartDate the last start date, from {@code startDate} on, up to which every day is eligible;
 *     null when the person is not eligible on {@code startDate}
 */
@Schema(name = "IguEligibility", description = "IGU eligibility on a start date, with every condition checked")
public record IguEligibility(
    @NotNull LocalDate startDate,
    boolean eligible,
    @NotNull String ruleVersion,
    @NotNull List<Condition> conditions,
    LocalDate lastEligibleStartDate) {

  public IguEligibility {
    conditions = List.copyOf(conditions);
  }

  /** The conditions that failed. */
  public List<Condition> failed() {
    return conditions.stream().filter(c -> !c.met()).toList();
  }

  /**
   * One condition of the rule.
   *
   * @param code a stable code: SCHEME_OPEN, AGE, RESIDENCE_PERIOD, TARGET_GROUP, NO_EARLIER_IGU
   * @param met whether it is met
   * @param detail a human explanation (no personal data beyond what the caller already sees)
   */
  @Schema(name = "IguCondition")
  public record Condition(@NotNull String code, boolean met, String detail) {}
}
