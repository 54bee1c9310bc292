package com.oom.core.order;

/** What the pick-up desk of a distribution centre records about a booked pick-up. */
public enum PickupEvent {
  /** The guest arrived at the desk (on the appointment day). */
  ARRIVED,
  /** The merchandise was handed over: the order is picked up. */
  RELEASED,
  /** The guest did not come: the order goes on the missed list. */
  NO_SHOW;

  /** The fulfilment outcome the event records, as the ERP would report it; null for an arrival. */
  public FulfilmentOutcomeKind outcome() {
    return switch (this) {
      case ARRIVED -> null;
      case RELEASED -> FulfilmentOutcomeKind.PICKED_UP;
      case NO_SHOW -> FulfilmentOutcomeKind.PICKUP_MISSED;
    };
  }
}
