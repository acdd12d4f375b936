package dk.jobbro.employers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobbro.api.employers.BonusMilestoneKind;
import dk.jobbro.api.employers.BonusStatus;
import dk.jobbro.api.employers.IguEndReason;
import dk.jobbro.api.employers.IguStatus;
import dk.jobbro.api.employers.PayBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The forløb's states and its bonus milestones. */
class IguPlacementTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 15);

  private static IguPlacement privatePlacement() {
    IguPlacement p = new IguPlacement("410", UUID.randomUUID(), UUID.randomUUID(),
        new IguPlacement.Terms(START, START.plusMonths(24), 23, 30, PayBasis.EGU, START.minusDays(5),
            START.minusDays(5).plusMonths(1), null, null), "test", Instant.EPOCH);
    p.addBonus(BonusMilestoneKind.SIX_MONTHS, 20_000, START.plusMonths(6));
    p.addBonus(BonusMilestoneKind.COMPLETION, 20_000, START.plusMonths(24));
    return p;
  }

  @Test
  void theSixMonthBonusBecomesDueOnItsDayOnly() {
    IguPlacement p = privatePlacement();
    assertThat(p.reachDueMilestones(LocalDate.of(2026, 7, 14))).isEmpty();
    assertThat(p.reachDueMilestones(LocalDate.of(2026, 7, 15))).extracting(BonusMilestone::kind)
        .containsExactly(BonusMilestoneKind.SIX_MONTHS);
    assertThat(p.reachDueMilestones(LocalDate.of(2026, 7, 16))).isEmpty(); // reached once
    assertThat(p.reachDueMilestones(LocalDate.of(2030, 1, 1))).isEmpty(); // completion needs completion
  }

  @Test
  void terminationBefore6MonthsForfeitsBothAfterKeepsTheFirst() {
    IguPlacement early = privatePlacement();
    early.terminate(LocalDate.of(2026, 7, 14), IguEndReason.RESIGNED, null);
    assertThat(early.status()).isEqualTo(IguStatus.TERMINATED);
    assertThat(early.bonus()).extracting(BonusMilestone::status).containsOnly(BonusStatus.FORFEITED);

    IguPlacement later = privatePlacement();
    later.terminate(LocalDate.of(2026, 7, 15), IguEndReason.ORDINARY_JOB, null);
    assertThat(later.milestone(BonusMilestoneKind.COMPLETION).orElseThrow().status())
        .isEqualTo(BonusStatus.FORFEITED);
    assertThat(later.reachDueMilestones(LocalDate.of(2026, 8, 1))).extracting(BonusMilestone::kind)
        .containsExactly(BonusMilestoneKind.SIX_MONTHS);
  }

  @Test
  void anEndRegisteredAfterTheSixMonthDateForfeitsTheBonusReachedMeanwhile() {
    // the IGU ended at 5 months, but the end was registered at 7: the 6-month bonus had been reached against the
    // planned end in between (also what happens to an IGU registered after its 6-month date)
    IguPlacement p = privatePlacement();
    assertThat(p.reachDueMilestones(LocalDate.of(2026, 8, 15))).extracting(BonusMilestone::kind)
        .containsExactly(BonusMilestoneKind.SIX_MONTHS);
    p.terminate(LocalDate.of(2026, 6, 15), IguEndReason.DISMISSED, null);
    assertThat(p.bonus()).extracting(BonusMilestone::status).containsOnly(BonusStatus.FORFEITED);
    assertThat(p.reachDueMilestones(LocalDate.of(2026, 9, 1))).isEmpty();
  }

  @Test
  void aClaimedBonusStaysWithSiriWhenALateEndIsRegistered() {
    IguPlacement p = privatePlacement();
    BonusMilestone six = p.milestone(BonusMilestoneKind.SIX_MONTHS).orElseThrow();
    p.reachDueMilestones(LocalDate.of(2026, 7, 20));
    p.markBonus(six, BonusStatus.CLAIMED, LocalDate.of(2026, 7, 20));
    p.terminate(LocalDate.of(2026, 6, 15), IguEndReason.DISMISSED, null);
    assertThat(six.status()).isEqualTo(BonusStatus.CLAIMED);
  }

  @Test
  void completionNeeds24MonthsAndMakesTheSecondBonusDue() {
    IguPlacement p = privatePlacement();
    assertThatThrownBy(() -> p.complete(LocalDate.of(2028, 1, 14))).isInstanceOf(IllegalArgumentException.class);
    p.complete(LocalDate.of(2028, 1, 15));
    assertThat(p.reachDueMilestones(LocalDate.of(2028, 1, 15))).extracting(BonusMilestone::kind)
        .containsExactly(BonusMilestoneKind.SIX_MONTHS, BonusMilestoneKind.COMPLETION);
    assertThatThrownBy(() -> p.terminate(LocalDate.of(2027, 1, 1), IguEndReason.OTHER, null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBonusIsClaimedWhenDueAndPaidAfterTheClaim() {
    IguPlacement p = privatePlacement();
    BonusMilestone six = p.milestone(BonusMilestoneKind.SIX_MONTHS).orElseThrow();
    assertThatThrownBy(() -> p.markBonus(six, BonusStatus.CLAIMED, LocalDate.of(2026, 7, 20)))
        .isInstanceOf(IllegalStateException.class); // not reached yet
    p.reachDueMilestones(LocalDate.of(2026, 7, 20));
    assertThatThrownBy(() -> p.markBonus(six, BonusStatus.PAID, LocalDate.of(2026, 7, 20)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> p.markBonus(six, BonusStatus.CLAIMED, LocalDate.of(2026, 7, 14)))
        .isInstanceOf(IllegalArgumentException.class);
    p.markBonus(six, BonusStatus.CLAIMED, LocalDate.of(2026, 7, 20));
    p.markBonus(six, BonusStatus.PAID, LocalDate.of(2026, 8, 10));
    assertThat(six.status()).isEqualTo(BonusStatus.PAID);
    assertThat(six.paidDate()).isEqualTo(LocalDate.of(2026, 8, 10));
  }

  @Test
  void terminationMustFallInsideTheForloeb() {
    IguPlacement p = privatePlacement();
    assertThatThrownBy(() -> p.terminate(START.minusDays(1), IguEndReason.OTHER, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.terminate(START.plusMonths(24), IguEndReason.OTHER, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
