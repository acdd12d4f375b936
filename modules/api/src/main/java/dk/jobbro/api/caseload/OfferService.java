package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.concurrency.IfMatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** Offers on the caller's kommune's cases; the first company-oriented one stops the first-offer clock. */
public interface OfferService {

  OfferView add(@NotNull UUID caseId, @NotNull @Valid NewOffer offer);

  List<OfferView> list(@NotNull UUID caseId);

  OfferView get(@NotNull UUID caseId, @NotNull UUID offerId);

  OfferView end(@NotNull UUID caseId, @NotNull UUID offerId, IfMatch version, @NotNull @Valid OfferEnd end);
}
