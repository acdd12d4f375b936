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

/**
 * A person to register in the integration programme. The takeover date is computed from the residence basis: for
 * refugees from the visitation decision, for quota refugees and family-reunified from the CPR registration. A
 * {@code takeoverDate} given here is an agreed takeover date and may not be later than the computed one.
 *
 * @param cpr the CPR number, DDMMYY-SSSS or 10 digits
 * @param name the person's full name
 * @param residenceBasis the legal basis of residence
 * @param countryOfOrigin optional
 * @param languages optional, the languages the person speaks
 * @param residencePermitDate optional; needed for the IGU eligibility check
 * @param visitationDecisionDate for refugees and special-law groups: starts the takeover rule
 * @param cprRegistrationDate for quota refugees and family-reunified: the takeover date
 * @param takeoverDate optional agreed takeover date; required when no date above lets Jobbro compute it
 * @param kommune optional; when given it must be the caller's own kommune
 */
@Schema(name = "NewCase", description = "A person to register in the integration programme", example = """
    {"cpr": "010190-1235", "name": "Amina Haddad", "residenceBasis": "REFUGEE", "countryOfOrigin": "Syrien",
     "languages": [{"language": "ar", "level": "FLUENT"}], "residencePermitDate": "2026-09-14",
     "visitationDecisionDate": "2026-10-05"}""")
@TakeoverDeterminable
public record NewCase(
    @NotNull(message = "is required") @ValidCpr String cpr,
    @Text(max = 200) String name,
    @NotNull(message = "is required") ResidenceBasis residenceBasis,
    @Text(max = 80, required = false) String countryOfOrigin,
    List<@Valid @NotNull(message = "must not be null") Language> languages,
    @DateRange LocalDate residencePermitDate,
    @DateRange LocalDate visitationDecisionDate,
    @DateRange LocalDate cprRegistrationDate,
    @DateRange LocalDate takeoverDate,
    @WellFormedKommuneKode String kommune) {

  /** The minimal registration: a person with an agreed takeover date. */
  public static NewCase of(String cpr, String name, ResidenceBasis basis, @DateRange LocalDate takeoverDate) {
    return new NewCase(cpr, name, basis, null, null, null, null, null, takeoverDate, null);
  }
}
