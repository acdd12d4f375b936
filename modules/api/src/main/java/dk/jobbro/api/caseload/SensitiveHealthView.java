package dk.jobbro.api.caseload;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Health information handed over with the person's consent: a special category of personal data (GDPR art. 9), kept
 * apart from the rest of the handover and marked so that a client can treat it as such (show it separately, never
 * copy it into less protected places). It is stored encrypted, shown only to the receiving kommune's caseworkers (on
 * the handover and on the case) and to the sender who supplied it, and every answer that includes it writes an
 * access-log entry of its own (action {@code READ_ART9}).
 *
 * @param sensitive always true: this is special-category data
 * @param category what kind: HEALTH
 * @param legalBasis why it may be processed: the person's explicit consent (art. 9(2)(a)), recorded in consent
 * @param information what the kommune should know, as handed over
 * @param consent the recorded consent
 */
@Schema(name = "SensitiveHealthInformation")
public record SensitiveHealthView(boolean sensitive, @NotNull String category, @NotNull String legalBasis,
    String information, Consent consent) {

  public static final String CATEGORY = "HEALTH";
  public static final String LEGAL_BASIS = "GDPR art. 9(2)(a): explicit consent";

  /** The view of handed-over health information with its consent. */
  public static SensitiveHealthView of(String information, String consentPurpose, LocalDate consentGivenOn) {
    return new SensitiveHealthView(true, CATEGORY, LEGAL_BASIS, information,
        new Consent(consentPurpose, consentGivenOn));
  }

  /**
   * The person's recorded consent to hand the information over.
   *
   * @param purpose what it was given for
   * @param givenOn when
   */
  @Schema(name = "HealthConsent")
  public record Consent(String purpose, LocalDate givenOn) {}
}
