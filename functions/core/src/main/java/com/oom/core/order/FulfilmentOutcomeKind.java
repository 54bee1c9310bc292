package com.oom.core.order;

/** What happened at a delivery or pick-up, as the ERP reports it. */
public enum FulfilmentOutcomeKind {
  DELIVERED,
  PICKED_UP,
  NOT_HOME,
  PICKUP_MISSED,
  REFUSED;

  /** Not home / pick-up missed: the guest must be called back to rebook. */
  public boolean isMissed() {
    return this == NOT_HOME || this == PICKUP_MISSED;
  }

  /**
   * The order stays open and an agent must act: rebook a missed visit, or decide what a refusal
   * means (FAULTY, NO_FIT, or rebook).
   */
  public boolean needsAnAgent() {
    return isMissed() || this == REFUSED;
  }
}
