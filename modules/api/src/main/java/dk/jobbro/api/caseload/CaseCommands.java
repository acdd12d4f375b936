package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.validation.DateRange;
import dk.jobbro.api.shared.validation.Text;
import dk.jobbro.api.shared.validation.ValidCpr;
import dk.jobbro.api.shared.validation.WellFormedKommuneKode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies that change a case, one record per intent. */
public final class CaseCommands {

  private CaseCommands() {}

  /**
   * Corrects or completes the person's details.
   *
   * @param name the full name
   * @param countryOfOrigin optional
   * @param languages the languages spoken (replaces the list)
   * @param residencePermitDate optional
   */
  @Schema(name = "PersonDetails")
  public record PersonDetails(
      @Text(max = 200) String name,
      @Text(max = 80, required = false) String countryOfOrigin,
      List<@Valid @NotNull(message = "must not be null") Language> languages,
      @DateRange LocalDate residencePermitDate) {}

  /** @param caseworker the caseworker's user id (token subject), or null to unassign */
  @Schema(name = "Assignment")
  public record Assignment(@Text(max = 120, required = false) String caseworker) {}

  /** @param takeoverDate an agreed takeover date, not later than the computed one */
  @Schema(name = "AgreedTakeover")
  public record AgreedTakeover(@NotNull(message = "is required") @DateRange LocalDate takeoverDate) {}

  /** @param signedDate when the kontrakt was signed */
  @Schema(name = "ContractSigned")
  public record ContractSigned(@NotNull(message = "is required") @DateRange LocalDate signedDate) {}

  /**
   * A job-readiness assessment; AKTIVITETSPARAT needs a reason.
   *
   * @param assessedOn the date of the assessment
   * @param category the category
   * @param reason why (required for AKTIVITETSPARAT)
   */
  @Schema(name = "JobReadinessAssessment")
  public record Assessment(
      @NotNull(message = "is required") @DateRange LocalDate assessedOn,
      @NotNull(message = "is required") JobReadiness category,
      @Text(max = 1000, required = false, multiline = true) String reason) {}

  /** @param plannedEnd the new planned end; at most 5 years after the programme start */
  @Schema(name = "ProgrammeExtension")
  public record ProgrammeExtension(@NotNull(message = "is required") @DateRange LocalDate plannedEnd) {}

  /**
   * Ends the programme.
   *
   * @param endDate the last day
   * @param reason why
   */
  @Schema(name = "ProgrammeEnd")
  public record ProgrammeEnd(
      @NotNull(message = "is required") @DateRange LocalDate endDate,
      @NotNull(message = "is required") ProgrammeEndReason reason) {}

  /**
   * The person became self-supporting; ends the programme with the matching reason.
   *
   * @param kind ORDINARY_JOB or EDUCATION
   * @param date from when
   */
  @Schema(name = "SelfSupport")
  public record SelfSupport(
      @NotNull(message = "is required") SelfSupportingKind kind,
      @NotNull(message = "is required") @DateRange LocalDate date) {}

  /**
   * Danish education progress.
   *
   * @param track DU1, DU2 or DU3
   * @param module the module reached (1–6; DU3 has 5 plus an optional 6th)
   */
  @Schema(name = "DanishProgress")
  public record DanishProgress(@NotNull(message = "is required") DanishTrack track, Integer module) {}

  /**
   * Finds cases in the caller's kommune; the CPR number travels in the body, never in the URL.
   *
   * @param name part of the name (case-insensitive, from the start of any name part)
   * @param cpr a full CPR number
   */
  @Schema(name = "CaseSearch")
  public record Search(@Text(max = 200, required = false) String name, @ValidCpr String cpr) {}

  /**
   * A claim on a person's active case in another kommune, by the kommune the person now lives in.
   *
   * @param cpr the person's CPR number (in the body, never in a URL)
   */
  @Schema(name = "MoveClaim")
  public record MoveClaim(@NotNull(message = "is required") @ValidCpr String cpr) {}

  /** @param toKommune the receiving kommune's kommunekode */
  @Schema(name = "MoveRequest")
  public record MoveRequest(@NotNull(message = "is required") @WellFormedKommuneKode String toKommune) {}
}
