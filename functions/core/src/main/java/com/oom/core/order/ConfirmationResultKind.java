package com.oom.core.order;

/** Result of an appointment-confirmation contact by the Package AI (Jenny). */
public enum ConfirmationResultKind {
  CONFIRMED,
  RESCHEDULE_REQUESTED,
  DECLINED,
  NO_RESPONSE,
  WRONG_NUMBER
}
