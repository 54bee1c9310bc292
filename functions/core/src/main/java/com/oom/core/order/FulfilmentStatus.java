package com.oom.core.order;

/** Delivery status as the ERP knows it. */
public enum FulfilmentStatus {
  /** Estimated fulfilment date. */
  EST,
  /** Scheduled. */
  SCH,
  /** Trouble order handed to the store. */
  CWC,
  DELIVERED,
  PICKED_UP,
  CANCELLED;

  public boolean isClosed() {
    return this == DELIVERED || this == PICKED_UP || this == CANCELLED;
  }

  /** EST or SCH: the states OOM works. */
  public boolean isWorkedByOom() {
    return this == EST || this == SCH;
  }
}
