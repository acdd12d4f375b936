package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.concurrency.IfMatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Offers on the caller's kommune's cases; the first company-oriented one stops the first-offer clock. */
public interface OfferService {

  /** Any offer but an IGU, which arises only from an IGU placement ({@link #addIgu}). */
  OfferView add(@NotNull UUID caseId, @NotNull @Valid NewOffer offer);

  /**
   * The case's IGU offer, for the employers module's placement flow only: the placement has checked the person's
   * eligibility and the company, so this is the one way an IGU offer reaches a case.
   */
  OfferView addIgu(@NotNull UUID caseId, @NotNull @Valid NewOffer offer);

  List<OfferView> list(@NotNull UUID caseId);

  OfferView get(@NotNull UUID caseId, @NotNull UUID offerId);

  OfferView end(@NotNull UUID caseId, @NotNull UUID offerId, IfMatch version, @NotNull @Valid OfferEnd end);

  /**
   * The last day of the latest ordinary job (not cancelled) the case has had at the company before {@code before};
   * a job still running on that day counts as ending the day before. Empty when there was none. The IGU rule against
   * an earlier ordinary job at the same company reads it.
   */
  Optional<LocalDate> lastOrdinaryJobEnd(@NotNull UUID caseId, @NotNull String employerCvr,
      @NotNull LocalDate before);
}
