package dk.jobbro.employers.entity;

import dk.jobbro.api.employers.BonusMilestoneKind;
import dk.jobbro.api.employers.BonusStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * One IGU bonus payment a private employer can claim from SIRI. Part of its placement, so a change to it is a change
 * to the placement and moves the placement's version (one ETag for the whole placement).
 */
@Embeddable
public class BonusMilestone {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private BonusMilestoneKind kind;

  @Column(name = "amount_kr", nullable = false)
  private int amountKr;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private BonusStatus status;

  @Column(name = "claimed_date")
  private LocalDate claimedDate;

  @Column(name = "paid_date")
  private LocalDate paidDate;

  protected BonusMilestone() {}

  public BonusMilestone(BonusMilestoneKind kind, int amountKr, LocalDate dueDate) {
    this.kind = kind;
    this.amountKr = amountKr;
    this.dueDate = dueDate;
    this.status = BonusStatus.PENDING;
  }

  /** PENDING becomes DUE on the due date; true when that happened now. */
  boolean reachIfDue(LocalDate today) {
    if (status == BonusStatus.PENDING && !today.isBefore(dueDate)) {
      status = BonusStatus.DUE;
      return true;
    }
    return false;
  }

  /**
   * The forløb stopped before the milestone: it can no longer be claimed. A DUE one is forfeited too: it was reached
   * against the planned end (the forløb was still running then, or was registered after the due date), and an end
   * registered later shows it never was. A CLAIMED or PAID one is left as it is: the claim is with SIRI, and taking it
   * back is SIRI's decision, not a status change here.
   */
  void forfeit() {
    if (status == BonusStatus.PENDING || status == BonusStatus.DUE) {
      status = BonusStatus.FORFEITED;
    }
  }

  void dueOn(LocalDate date) {
    this.dueDate = date;
  }

  /**
   * Records the claim to SIRI or the payment.
   *
   * @throws IllegalStateException when the milestone is not claimable (yet) or not claimed before payment
   * @throws IllegalArgumentException when the date is before the due date or the claim
   */
  void mark(BonusStatus next, LocalDate date) {
    switch (next) {
      case CLAIMED -> {
        if (status != BonusStatus.DUE && status != BonusStatus.CLAIMED) {
          throw new IllegalStateException("the " + kind + " bonus is " + status + " and cannot be claimed");
        }
        if (date.isBefore(dueDate)) {
          throw new IllegalArgumentException("must not be before the due date " + dueDate);
        }
        status = BonusStatus.CLAIMED;
        claimedDate = date;
      }
      case PAID -> {
        if (status != BonusStatus.CLAIMED && status != BonusStatus.PAID) {
          throw new IllegalStateException("the " + kind + " bonus is " + status + " and must be claimed before paid");
        }
        if (date.isBefore(claimedDate)) {
          throw new IllegalArgumentException("must not be before the claim on " + claimedDate);
        }
        status = BonusStatus.PAID;
        paidDate = date;
      }
      default -> throw new IllegalArgumentException("must be CLAIMED or PAID");
    }
  }

  public BonusMilestoneKind kind() {
    return kind;
  }

  public int amountKr() {
    return amountKr;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public BonusStatus status() {
    return status;
  }

  public LocalDate claimedDate() {
    return claimedDate;
  }

  public LocalDate paidDate() {
    return paidDate;
  }
}
