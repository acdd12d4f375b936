package dk.jobbro.employers.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The IGU rules that depend only on dates and numbers (lov om integrationsgrunduddannelse, as changed by L 202 from
 * 2021-05-01). Eligibility of the person is caseload's rule, not repeated here.
 *
 * <p>Date convention: a period of N months from a start date is complete on {@code start.plusMonths(N)} — the planned
 * end, the 6-month bonus and the completion bonus all use it, so they agree with each other.
 */
public final class IguRules {

  /** L 202: from this start date the school part is 23 weeks and only a recent ordinary job at the company blocks. */
  public static final LocalDate RULES_2021 = LocalDate.of(2021, 5, 1);
  public static final int DURATION_MONTHS = 24;
  public static final int SCHOOL_WEEKS_BEFORE_2021 = 20;
  public static final int SCHOOL_WEEKS_FROM_2021 = 23;
  public static final double MIN_AVERAGE_HOURS = 25;
  public static final double MAX_HOURS = 60;
  public static final int VITAS_MONTHS = 1;
  public static final int ORDINARY_JOB_QUARANTINE_MONTHS = 3;
  public static final int BONUS_KR = 20_000;
  public static final int BONUS_FIRST_MONTHS = 6;

  private IguRules() {}

  /** The planned end: the start plus 24 months. */
  public static LocalDate plannedEnd(LocalDate start) {
    return start.plusMonths(DURATION_MONTHS);
  }

  /** 20 school weeks for forløb started before 2021-05-01, 23 from then (the old rule keeps running forløb). */
  public static int schoolWeeks(LocalDate start) {
    return start.isBefore(RULES_2021) ? SCHOOL_WEEKS_BEFORE_2021 : SCHOOL_WEEKS_FROM_2021;
  }

  /** The agreement and education plan must be in VITAS within 1 month of signing. */
  public static LocalDate vitasDue(LocalDate signed) {
    return signed.plusMonths(VITAS_MONTHS);
  }

  /** Registered after the due date, or not registered and the due date has passed. */
  public static boolean vitasLate(LocalDate signed, LocalDate registered, LocalDate today) {
    LocalDate due = vitasDue(signed);
    return registered == null ? today.isAfter(due) : registered.isAfter(due);
  }

  /**
   * Whether an earlier ordinary job at the same company rules the IGU out. Before 2021-05-01 any ordinary job there
   * did; from then only one in the 3 months before the start — a job that ended exactly 3 months before the start
   * was held inside those months and still blocks.
   *
   * @param lastOrdinaryJobEnd the last day of the latest ordinary job at the company, or null if none
   */
  public static boolean ordinaryJobBlocks(LocalDate start, LocalDate lastOrdinaryJobEnd) {
    if (lastOrdinaryJobEnd == null) {
      return false;
    }
    if (start.isBefore(RULES_2021)) {
      return true;
    }
    return !lastOrdinaryJobEnd.isBefore(start.minusMonths(ORDINARY_JOB_QUARANTINE_MONTHS));
  }

  /** The reasons the planned hours are not allowed, empty when they are. */
  public static List<String> hoursProblems(double hours) {
    List<String> problems = new ArrayList<>();
    if (hours < MIN_AVERAGE_HOURS) {
      problems.add("must average at least 25 hours per week of practical work");
    }
    if (hours > MAX_HOURS) {
      problems.add("must be at most 60 hours per week");
    }
    return problems;
  }

  /** The 6-month bonus is due when 6 months of employment are complete. */
  public static LocalDate sixMonthBonusDue(LocalDate start) {
    return start.plusMonths(BONUS_FIRST_MONTHS);
  }

  /** The completion bonus is due when the 24 months are complete (and the forløb completed). */
  public static LocalDate completionBonusDue(LocalDate start) {
    return plannedEnd(start);
  }
}
