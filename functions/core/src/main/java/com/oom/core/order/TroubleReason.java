package com.oom.core.order;

/** Problems an agent reports that send an order to the store at once. */
public enum TroubleReason {
  FAULTY,
  NO_FIT
}
