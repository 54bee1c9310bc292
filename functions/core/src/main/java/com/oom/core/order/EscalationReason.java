package com.oom.core.order;

/** Why an order was handed to its store as a trouble (CWC) order. */
public enum EscalationReason {
  NO_CONTACT,
  BALANCE_DUE,
  CANCEL_REQUEST,
  FAULTY,
  NO_FIT;

  public static EscalationReason of(TroubleReason trouble) {
    return switch (trouble) {
      case FAULTY -> FAULTY;
      case NO_FIT -> NO_FIT;
    };
  }
}
