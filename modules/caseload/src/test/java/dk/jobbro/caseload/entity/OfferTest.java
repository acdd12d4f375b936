package dk.jobbro.caseload.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.caseload.OfferStatus;
import dk.jobbro.api.caseload.OfferType;
import dk.jobbro.api.caseload.ResidenceBasis;
import dk.jobbro.api.shared.Cpr;
import dk.jobbro.api.shared.Cvr;
import dk.jobbro.api.shared.KommuneKode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfferTest {

  private static final LocalDate START = LocalDate.of(2026, 12, 14);

  private final CaseFile caseFile = new CaseFile(KommuneKode.parse("101"), Cpr.parse("010190-1235"), "Amina Haddad",
      ResidenceBasis.REFUGEE, LocalDate.of(2026, 12, 1), false, null, "cw");

  private Offer praktik(LocalDate end) {
    return new Offer(caseFile, OfferType.VIRKSOMHEDSPRAKTIK, START, end, null, Cvr.parse("13748136"), "cw");
  }

  @Test
  void theStatusFollowsTheDates() {
    Offer offer = praktik(START.plusWeeks(4));
    assertThat(offer.status(START.minusDays(1))).isEqualTo(OfferStatus.PLANNED);
    assertThat(offer.status(START)).isEqualTo(OfferStatus.ACTIVE);
    assertThat(offer.status(START.plusWeeks(4))).isEqualTo(OfferStatus.ACTIVE);
    assertThat(offer.status(START.plusWeeks(4).plusDays(1))).isEqualTo(OfferStatus.ENDED);
    assertThat(praktik(null).status(START.plusYears(3))).isEqualTo(OfferStatus.ACTIVE);
  }

  @Test
  void aPlannedOfferCanBeCancelledOnceAndThenNeitherStartsNorEnds() {
    Offer offer = praktik(null);
    offer.cancel(START.minusDays(1), "  the company withdrew ", "cw");
    assertThat(offer.status(START.plusDays(10))).isEqualTo(OfferStatus.CANCELLED);
    assertThat(offer.cancelledOn()).isEqualTo(START.minusDays(1));
    assertThat(offer.cancellationReason()).isEqualTo("the company withdrew");
    assertThatThrownBy(() -> offer.cancel(START.minusDays(1), "again", "cw"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("CANCELLED");
    assertThatThrownBy(() -> offer.endOn(START.plusDays(3))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anOfferThatStartedIsEndedNotCancelled() {
    Offer offer = praktik(null);
    assertThatThrownBy(() -> offer.cancel(START, "too late", "cw"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("end it instead");
    assertThatThrownBy(() -> offer.endOn(START.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cancelled instead");
  }
}
