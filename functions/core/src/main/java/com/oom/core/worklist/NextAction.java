package com.oom.core.worklist;

/**
 * What has to happen next on an open order. The first group is work for an agent (each from a work
 * list); the {@code WAIT_FOR_*} actions are the order waiting on a date or on someone else, with
 * the instant OOM looks again; {@code STORE_RESOLVES} is a CWC order with its store.
 */
public enum NextAction {
  /** Available, not booked: call the guest to book (scheduling list). */
  CALL_TO_BOOK,
  /** A contact date came due, or the guest asked for something only an agent does. */
  FOLLOW_UP,
  /** CALLBACK: call the guest back on the contact date. */
  CALL_BACK,
  /** HOLD: the attempt still missing (a slot or the count) before the no-contact rule can run. */
  MAKE_MISSING_ATTEMPT,
  /** BALDUE with a balance owing: the guest pays, or the order goes to the store. */
  COLLECT_BALANCE,
  /** CANCEL: deal with the guest's cancel request before it goes to the store. */
  HANDLE_CANCEL,
  /** SVC with no technician or inspection visit booked: book one. */
  BOOK_SERVICE_VISIT,
  /** SVC with a visit booked: wait for it. */
  WAIT_FOR_SERVICE_VISIT,
  /** SVC after the visit: record what it found (clear SVC to book, or report trouble). */
  RECORD_VISIT_OUTCOME,
  /** An appointment in the confirmation window not confirmed: call every number. */
  CONFIRM_APPOINTMENT,
  /** The fulfilment date is past due: re-date it (to the ATP date by default). */
  REDATE,
  /** Not home or pick-up missed: rebook. */
  REBOOK,
  /** The guest refused the merchandise: report it FAULTY or NO_FIT, or rebook. */
  DECIDE_REFUSAL,
  /** The appointment ended and the ERP reported no outcome by the next business morning. */
  CHASE_OUTCOME,
  /** A number reached someone else: correct it in the ERP. */
  CORRECT_PHONE,
  /** OOM's change not shown by the ERP in time (supervisors). */
  CHASE_ERP,
  /** CWC: the store has the order. */
  STORE_RESOLVES,
  /** Booked: the visit is on its date. */
  WAIT_FOR_VISIT,
  /** The appointment's day has passed: the ERP reports the outcome by the next business morning. */
  WAIT_FOR_OUTCOME,
  /** Not all merchandise is in stock: wait for the ATP date. */
  WAIT_FOR_STOCK,
  /** Not in stock and no ATP date known: ask the ERP or the distribution centre when. */
  CHECK_AVAILABILITY,
  /** The agent set a contact date in the future: nothing until then. */
  WAIT_FOR_CONTACT_DATE,
  /**
   * A transfer has not arrived and is past its expected date: find out where the merchandise is
   * (re-book the transfer with the new expected date).
   */
  CHASE_TRANSFER,
  /** A transfer is booked: the merchandise is on its way to the destination until its date. */
  WAIT_FOR_TRANSFER;

  /** Whether the order is waiting (on a date, the ERP or the store) rather than on an agent. */
  public boolean isWaiting() {
    return name().startsWith("WAIT_FOR_") || this == STORE_RESOLVES;
  }
}
