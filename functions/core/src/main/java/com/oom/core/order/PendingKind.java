package com.oom.core.order;

/**
 * A change OOM made to a field it shares with the ERP, waiting for the ERP to show it in a snapshot
 * (docs/erp-contract.md, "Shared fields").
 */
public enum PendingKind {
  /** An appointment booked in OOM. */
  APPOINTMENT("appointment", "appointment"),
  /** A fulfilment date re-dated in OOM (the past-due fix). */
  FULFILMENT_DATE("fulfilment date", "fulfilmentDate"),
  /** A contact status or contact date set in OOM. */
  CONTACT_CODE("contact status", "contactStatus"),
  /** OOM's escalation to the store (CWC). */
  CWC("escalation (CWC)", "status");

  private final String words;
  private final String field;

  PendingKind(String words, String field) {
    this.words = words;
    this.field = field;
  }

  /** The field in the words of the audit trail and the sync list ("fulfilment date"). */
  public String words() {
    return words;
  }

  /** The field as an audit entry's field change names it ("fulfilmentDate"). */
  public String field() {
    return field;
  }
}
