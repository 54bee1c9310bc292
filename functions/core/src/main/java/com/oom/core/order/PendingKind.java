package com.oom.core.order;

/**
 * A change OOM made to a field it shares with the ERP, waiting for the ERP to show it in a snapshot
 * (docs/erp-contract.md, "Shared fields").
 */
public enum PendingKind {
  /** An appointment booked in OOM. */
  APPOINTMENT,
  /** A fulfilment date re-dated in OOM (the past-due fix). */
  FULFILMENT_DATE,
  /** A contact status or contact date set in OOM. */
  CONTACT_CODE,
  /** OOM's escalation to the store (CWC). */
  CWC
}
