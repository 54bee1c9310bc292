package com.oom.core.sync;

/** What a snapshot means for one shared field. */
public enum Verdict {
  /** The snapshot does not state the field (a contact code it does not carry). */
  NOT_STATED,
  /** Nothing of OOM's is pending: the ERP's value applies. */
  ERP_VALUE,
  /** The snapshot shows OOM's pending value: the ERP has it. */
  ACKNOWLEDGED,
  /** The snapshot cannot have seen OOM's change (no value, or produced before it): OOM's stands. */
  STILL_PENDING,
  /** The snapshot, produced after OOM's change, shows another value: the ERP changed it later. */
  ERP_OVERRODE,
  /** Nothing pending, the ERP had shown a value and now shows none: the ERP removed it. */
  ERP_REMOVED
}
