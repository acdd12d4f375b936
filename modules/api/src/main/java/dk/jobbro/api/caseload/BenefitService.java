package dk.jobbro.api.caseload;

import dk.jobbro.api.shared.concurrency.IfMatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** Benefit periods of the caller's kommune's cases. */
public interface BenefitService {

  BenefitPeriodView add(@NotNull UUID caseId, @NotNull @Valid NewBenefitPeriod period);

  List<BenefitPeriodView> list(@NotNull UUID caseId);

  BenefitPeriodView end(@NotNull UUID caseId, @NotNull UUID periodId, IfMatch version, @NotNull @Valid OfferEnd end);
}
